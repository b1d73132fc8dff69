import type { BuildLine } from '../../../shared/contract/images.js';
import { dockerDialect, type BuildGrammar } from '../../engine/dialect.js';
import { lineSplitter } from '../../util/lines.js';

/** One JSON line of the engine's (classic builder's) build stream. */
export interface BuildMessage {
  stream?: string;
  aux?: { ID?: string };
  error?: string;
  errorDetail?: { message?: string; code?: number };
}

/** Where a build stopped: the step it was on (null before the first one) and the engine's reason. */
export interface BuildFailure {
  message: string;
  step: number | null;
  totalSteps: number | null;
  instruction: string | null;
  exitCode: number | null;
}

// RUN output written to stderr comes wrapped in colour codes (ESC[91m … ESC[0m); the log shows plain text.
// eslint-disable-next-line no-control-regex
const ansi = /\x1b\[[0-9;]*m/g;

/**
 * Reads the builder's output: text arrives in fragments ("Step 1/6 : FROM x", then "\n"), so it is cut into
 * lines first; each line is then told apart — a step starting, a cache hit, the builder's bookkeeping, or
 * what the step itself printed — in the words of the engine's builder (`grammar`: the classic builder's, or
 * Buildah's on Podman).
 */
export class BuildOutput {
  /** Lines finished by the fragment being fed, collected for `feed` to return. */
  private finished: BuildLine[] = [];
  private readonly lines = lineSplitter((text) => {
    const line = this.classify(text.replace(ansi, ''));
    if (line) this.finished.push(line);
  });
  private step: number | null = null;
  private totalSteps: number | null = null;
  private instruction: string | null = null;
  private readonly cached = new Set<number>();
  /** The layer each finished step left (" ---> 81196f359be7"), for cleaning up after a failed build. */
  readonly stepImages: string[] = [];
  imageId: string | null = null;
  failure: BuildFailure | null = null;

  constructor(private readonly grammar: BuildGrammar = dockerDialect.buildGrammar) {}

  get cachedSteps(): number {
    return this.cached.size;
  }

  get stepCount(): number {
    return this.totalSteps ?? 0;
  }

  feed(message: BuildMessage): BuildLine[] {
    if (message.aux?.ID) this.imageId = message.aux.ID;
    if (typeof message.stream === 'string') this.lines.push(message.stream);
    const lines = this.takeFinished();
    const said = message.errorDetail?.message ?? message.error;
    if (said) {
      lines.push(...this.flush());
      const error = said.trim().replace(this.grammar.failurePrefix, '');
      const spelledCode = this.grammar.exitCode.exec(error)?.[1];
      this.failure = {
        message: error,
        step: this.step,
        totalSteps: this.totalSteps,
        instruction: this.instruction,
        exitCode: message.errorDetail?.code ?? (spelledCode ? Number(spelledCode) : null),
      };
      lines.push(this.line('error', error));
    }
    return lines;
  }

  /** What is left of an unfinished last line. */
  flush(): BuildLine[] {
    this.lines.flush();
    return this.takeFinished();
  }

  private takeFinished(): BuildLine[] {
    const lines = this.finished;
    this.finished = [];
    return lines;
  }

  private classify(text: string): BuildLine | null {
    const grammar = this.grammar;
    const step = grammar.step.exec(text);
    if (step) {
      this.step = Number(step[1]);
      this.totalSteps = Number(step[2]);
      this.instruction = step[3] ?? '';
      return this.line('step', this.instruction);
    }
    if (grammar.cacheHit.test(text)) {
      if (this.step !== null) this.cached.add(this.step);
      return this.line('cached', 'Using cache');
    }
    const layer = grammar.layer.exec(text);
    if (layer?.[1]) {
      this.stepImages.push(layer[1]);
      return this.line('info', text.trim());
    }
    const built = grammar.built.exec(text);
    if (built && !this.imageId) this.imageId = built[1] ?? null;
    if (built || grammar.bookkeeping.some((pattern) => pattern.test(text))) return this.line('info', text.trim());
    if (text === '') return null;
    return this.line('output', text);
  }

  private line(kind: BuildLine['kind'], text: string): BuildLine {
    return { kind, step: this.step, totalSteps: this.totalSteps, text };
  }
}

/**
 * The instruction history records for a step, back in Dockerfile words: `/bin/sh -c #(nop)  CMD ["sh"]` →
 * `CMD ["sh"]`, `/bin/sh -c make` → `RUN make`, `|2 A=1 B=2 /bin/sh -c make` (with build args) → `RUN make`;
 * an exec-form RUN has no shell and BuildKit writes the instruction itself (`RUN … # buildkit`).
 */
export function instructionOf(createdBy: string): string {
  const text = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(text);
  if (nop?.[1] !== undefined) return nop[1].trim();
  const shell = /^(?:\|\d+(?: \S+=\S*)* )?\/bin\/sh -c (.*)$/s.exec(text);
  if (shell?.[1] !== undefined) return `RUN ${shell[1].trim()}`;
  const buildkit = /^(.*?)\s*# buildkit$/s.exec(text);
  if (buildkit?.[1] !== undefined) return buildkit[1];
  if (/^[A-Z]+ /.test(text)) return text;
  return text ? `RUN ${text}` : '';
}
