import { isMap, isScalar, type Document, type Node } from 'yaml';
import type { ComposeModel, ComposeServiceModel } from '../../../shared/contract/compose.js';
import { shellQuote } from '../../../shared/run-spec.js';
import type { FilePositions } from './positions.js';

/** One file that passed every check: its data after interpolation, and its document for positions. */
export interface CheckedFile {
  data: Record<string, unknown>;
  doc: Document;
  positions: FilePositions;
}

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Data => (isRecord(value) ? value : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
/** A list, or the keys of a mapping: compose accepts both for networks and depends_on. */
const namesOf = (value: unknown): string[] => (isRecord(value) ? Object.keys(value) : strings(value));
const text = (value: unknown): string | null => (value === undefined || value === null ? null : String(value));

/** A long-syntax port as its short form: `[host_ip:]published:target[/protocol]`. */
function shortPort(port: unknown): string {
  if (!isRecord(port)) return String(port);
  const hostIp = text(port.host_ip);
  const published = text(port.published);
  const target = text(port.target) ?? '';
  const protocol = text(port.protocol);
  const host = hostIp === null ? '' : `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:`;
  const outside = published === null ? (host ? `${host}:` : '') : `${host}${published}:`;
  return `${outside}${target}${protocol ? `/${protocol}` : ''}`;
}

/** A long-syntax volume as its short form: `source:target[:ro]`, or the target alone (anonymous, tmpfs). */
function shortVolume(volume: unknown): string {
  if (!isRecord(volume)) return String(volume);
  const source = text(volume.source);
  const target = text(volume.target) ?? '';
  const readOnly = volume.read_only === true ? ':ro' : '';
  return source === null ? `${target}${readOnly}` : `${source}:${target}${readOnly}`;
}

/** The healthcheck's test as one line (CMD words quoted as a shell would need them), null when there is none. */
function healthcheckLine(healthcheck: unknown): string | null {
  if (!isRecord(healthcheck) || healthcheck.disable === true) return null;
  const test = healthcheck.test;
  if (typeof test === 'string') return test;
  const [kind, ...rest] = strings(test);
  if (kind === 'CMD') return rest.map(shellQuote).join(' ');
  if (kind === 'CMD-SHELL') return rest.join(' ');
  return null; // NONE, or no test: the image's own healthcheck (if any) applies
}

function build(value: unknown): ComposeServiceModel['build'] {
  if (typeof value === 'string') return { context: value, dockerfile: null };
  if (!isRecord(value)) return null;
  return { context: text(value.context) ?? '.', dockerfile: text(value.dockerfile) };
}

/** The line of each `services.<name>` key in a file. */
function declarationLines(file: CheckedFile): Map<string, number> {
  const services = file.doc.get('services', true);
  const lines = new Map<string, number>();
  if (!isMap(services)) return lines;
  for (const pair of services.items) {
    if (isScalar(pair.key)) lines.set(String(pair.key.value), file.positions.ofNode(pair.key as Node)?.line ?? 1);
  }
  return lines;
}

/**
 * What the project page shows of the files: the services with their settings, and the named volumes and
 * networks. Files are merged key by key, a later file's key replacing an earlier one's — a summary for display;
 * the compose tool does the real merge (which appends some lists) when it runs.
 */
export function composeModel(files: CheckedFile[]): ComposeModel {
  const services = new Map<string, { settings: Data; file: string; line: number }>();
  const volumes = new Set<string>();
  const networks = new Set<string>();
  for (const file of files) {
    const lines = declarationLines(file);
    for (const [name, settings] of Object.entries(records(file.data.services))) {
      const before = services.get(name)?.settings ?? {};
      services.set(name, { settings: { ...before, ...records(settings) }, file: file.positions.file, line: lines.get(name) ?? 1 });
    }
    for (const name of Object.keys(records(file.data.volumes))) volumes.add(name);
    for (const name of Object.keys(records(file.data.networks))) networks.add(name);
  }
  return {
    services: [...services].map(([name, { settings, file, line }]) => ({
      name,
      image: text(settings.image),
      build: build(settings.build),
      ports: (Array.isArray(settings.ports) ? settings.ports : []).map(shortPort),
      volumes: (Array.isArray(settings.volumes) ? settings.volumes : []).map(shortVolume),
      networks: namesOf(settings.networks),
      dependsOn: namesOf(settings.depends_on),
      healthcheck: healthcheckLine(settings.healthcheck),
      profiles: strings(settings.profiles),
      file,
      line,
    })),
    volumes: [...volumes],
    networks: [...networks],
  };
}
