import { shellQuote, type MountSpec, type PortSpec, type RunSpec } from './run-spec.js';

/**
 * What an edit changes in a container's spec, for the review step of edit → recreate: one change per setting,
 * and per item of a list (an env variable, a port, a mount, a label), so that "GREETING: one → two" reads as
 * what it is. Lists are compared by their items' identities (a variable's name, a mount's target), not their
 * order: the engine keeps no order the user chose.
 */
export type RunSpecField =
  | 'image'
  | 'cmd'
  | 'entrypoint'
  | 'env'
  | 'ports'
  | 'mounts'
  | 'workingDir'
  | 'user'
  | 'restart'
  | 'autoRemove'
  | 'interactive'
  | 'tty'
  | 'labels'
  | 'network';

export interface RunSpecChange {
  field: RunSpecField;
  /** The item of a list that changed (a variable's name, a mount's target, a label's key); null for a setting. */
  item: string | null;
  /** As it was and as it will be; null where there was none or will be none. */
  before: string | null;
  after: string | null;
}

const words = (list: readonly string[] | undefined) => (list === undefined ? null : list.map(shellQuote).join(' '));
const orNull = (text: string | undefined) => (text === undefined || text === '' ? null : text);

const portText = (port: PortSpec) =>
  `${port.hostIp ? `${port.hostIp}:` : ''}${port.hostPort ?? ''}${port.hostIp || port.hostPort !== null ? ':' : ''}${port.containerPort}/${port.protocol}`;
const mountText = (mount: MountSpec) => `${mount.type === 'bind' ? mount.source : mount.source || '(anonymous)'}${mount.readOnly ? ' (read-only)' : ''}`;

/** The changes of keyed items: each key whose value differs, was added, or went. */
function keyed(field: RunSpecField, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): RunSpecChange[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys.flatMap((key) => {
    const was = before.get(key) ?? null;
    const will = after.get(key) ?? null;
    return was === will ? [] : [{ field, item: key, before: was, after: will }];
  });
}

/** Ports have no key of their own: each published port is an item, there or not. */
function asSet(field: RunSpecField, before: readonly string[], after: readonly string[]): RunSpecChange[] {
  const had = new Set(before);
  const has = new Set(after);
  return [
    ...[...had].filter((item) => !has.has(item)).sort().map((item) => ({ field, item, before: item, after: null })),
    ...[...has].filter((item) => !had.has(item)).sort().map((item) => ({ field, item, before: null, after: item })),
  ];
}

export function diffRunSpecs(before: RunSpec, after: RunSpec): RunSpecChange[] {
  const changes: RunSpecChange[] = [];
  const setting = (field: RunSpecField, was: string | null, will: string | null) => {
    if (was !== will) changes.push({ field, item: null, before: was, after: will });
  };
  setting('image', before.image, after.image);
  setting('entrypoint', words(before.entrypoint), words(after.entrypoint));
  setting('cmd', words(before.cmd), words(after.cmd));
  changes.push(...keyed('env', new Map(before.env.map((e) => [e.key, e.value])), new Map(after.env.map((e) => [e.key, e.value]))));
  changes.push(...asSet('ports', before.ports.map(portText), after.ports.map(portText)));
  changes.push(...keyed('mounts', new Map(before.mounts.map((m) => [m.target, mountText(m)])), new Map(after.mounts.map((m) => [m.target, mountText(m)]))));
  setting('workingDir', orNull(before.workingDir), orNull(after.workingDir));
  setting('user', orNull(before.user), orNull(after.user));
  setting('restart', before.restart, after.restart);
  setting('network', orNull(before.network), orNull(after.network));
  setting('interactive', String(before.interactive), String(after.interactive));
  setting('tty', String(before.tty), String(after.tty));
  setting('autoRemove', String(before.autoRemove), String(after.autoRemove));
  changes.push(...keyed('labels', new Map(Object.entries(before.labels)), new Map(Object.entries(after.labels))));
  return changes;
}
