import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BerthError } from '../../../shared/contract/errors.js';
import type { BuildLine } from '../../../shared/contract/images.js';
import { imageRef } from '../../../shared/image-ref.js';
import type { EngineConnection } from '../../engine/connection.js';
import { toBerthError } from '../../engine/engine-errors.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { Batcher } from '../../util/batcher.js';
import { jsonLines } from '../../util/json-lines.js';
import { pumpStream } from '../../util/pump.js';
import { packBuildContext } from './build-context.js';
import type { BuildGrammar } from '../../engine/dialect.js';
import { BuildOutput, type BuildFailure, type BuildMessage } from './build-output.js';
import { withEngineWords } from './engine-words.js';

/** Log lines are sent at most this often, and in batches of at most this many. */
const FLUSH_MS = 50;
const MAX_BATCH = 2000;

/** docker build with the engine's classic builder, which reports steps and cache hits in its output. */
export function buildHandler(connection: EngineConnection): HandlerGroup<'images.build'> {
  return {
    async 'images.build'({ context, dockerfile, tags, buildArgs, target, noCache, labels }, emit, signal) {
      const packed = await packBuildContext(context, dockerfile);
      const what = `Building ${context}`;
      const output = new BuildOutput(connection.dialect.buildGrammar);
      const batcher = new Batcher<BuildLine>((lines) => emit({ kind: 'log', lines }), FLUSH_MS, MAX_BATCH);
      batcher.push({ kind: 'info', step: null, totalSteps: null, text: `Sending build context: ${packed.files} files, ${humanBytes(packed.bytes)}` });
      try {
        let stream: Readable;
        try {
          stream = (await connection.request(what, (docker) =>
            withEngineWords(docker.buildImage(packed.archive, {
              // The engine takes t once per tag; dockerode's types know only one.
              t: tags as unknown as string,
              dockerfile: packed.dockerfile,
              buildargs: buildArgs,
              labels,
              ...(target ? { target } : {}),
              nocache: noCache,
              rm: true,
              // A failed step's container is litter nobody asked for (the CLI's --force-rm).
              forcerm: true,
              abortSignal: signal,
            })),
          )) as unknown as Readable;
        } catch (error) {
          packed.archive.destroy();
          throw await explainRequestFailure(error, packed.dockerfilePath);
        }
        await pumpStream(stream, jsonLines<BuildMessage>((message) => output.feed(message).forEach((line) => batcher.push(line))), signal).catch(
          (error: unknown) => {
            throw toBerthError(error, what);
          },
        );
        output.flush().forEach((line) => batcher.push(line));
      } finally {
        if (signal.aborted) batcher.dispose();
        else batcher.close();
      }
      if (signal.aborted) return;
      if (output.failure) throw (await unparsableLine(output.failure, connection.dialect.buildGrammar, packed.dockerfilePath)) ?? failedStep(output.failure);
      if (!output.imageId) throw new BerthError('INTERNAL', `${what}: the engine ended the build without naming the image it made.`);
      const builtId = output.imageId;
      const info = await connection.request(`Inspecting the new image`, (docker) => docker.getImage(builtId).inspect());
      emit({
        kind: 'done',
        imageId: info.Id,
        tags: tags.map((tag) => {
          const ref = imageRef(tag);
          return `${ref.familiarName}:${ref.tag ?? 'latest'}`;
        }),
        totalSteps: output.stepCount,
        cachedSteps: output.cachedSteps,
      });
    },
  };
}

/** A step that failed: the error names it (number, instruction) so the UI can point at it. */
function failedStep(failure: BuildFailure): BerthError {
  const details = { step: failure.step, totalSteps: failure.totalSteps, instruction: failure.instruction, exitCode: failure.exitCode };
  if (failure.step === null) return new BerthError('INVALID_INPUT', `The build failed before its first step: ${failure.message}`, details);
  return new BerthError('INVALID_INPUT', `Step ${failure.step}/${failure.totalSteps} (${failure.instruction}) failed: ${failure.message}`, details);
}

/**
 * The engine refuses a Dockerfile it cannot parse before building anything (HTTP 400, "dockerfile parse
 * error line 2: unknown instruction: FROBNICATE"); the error quotes that line of the file.
 */
async function explainRequestFailure(error: unknown, dockerfilePath: string): Promise<BerthError> {
  const mapped = toBerthError(error);
  const parse = /dockerfile parse error line (\d+): (.*)$/i.exec(mapped.message);
  if (!parse) return mapped;
  const line = Number(parse[1]);
  const lines = await dockerfileLines(dockerfilePath);
  return dockerfileLineError(line, lines[line - 1]?.trim() ?? '', parse[2]?.trim() ?? '', dockerfilePath);
}

/**
 * Buildah (Podman) builds up to a line it cannot parse and fails there, quoting the line as written; the error
 * then points at that line as dockerd's refusal does. Null for any other failure.
 */
async function unparsableLine(failure: BuildFailure, grammar: BuildGrammar, dockerfilePath: string): Promise<BerthError | null> {
  const unknown = grammar.unknownInstruction?.exec(failure.message);
  if (!unknown) return null;
  const [, instruction = '', written = ''] = unknown;
  const text = written.replace(/\\(.)/g, '$1').trim();
  const index = (await dockerfileLines(dockerfilePath)).findIndex((line) => line.trim() === text);
  if (index < 0) return null;
  return dockerfileLineError(index + 1, text, `unknown instruction: ${instruction.toUpperCase()}`, dockerfilePath);
}

const dockerfileLines = async (file: string) => (await fs.readFile(file, 'utf8').catch(() => '')).split(/\r?\n/);

function dockerfileLineError(line: number, text: string, reason: string, dockerfile: string): BerthError {
  return new BerthError('INVALID_INPUT', `Dockerfile line ${line}${text ? ` (${text})` : ''}: ${reason}`, { line, text, dockerfile });
}

function humanBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
