import { createHash, createHmac } from 'node:crypto';

// OpenSSH's known_hosts format, read the way `ssh` reads it (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"). Written
// here because no maintained npm package reads it whole — hashed names, [host]:port, patterns, negation and
// the @revoked marker — and ssh2 leaves host key checking to its caller.

/** One host key as a server presents it: the SSH wire blob, whose base64 is what known_hosts stores. */
export interface HostKey {
  type: string;
  /** base64 of the key blob. */
  base64: string;
}

export type HostKeyVerdict =
  | { status: 'trusted' }
  | { status: 'unknown' }
  /** A key of the same type is on file for this host, and it is another one: possibly a man-in-the-middle. */
  | { status: 'changed'; knownFingerprint: string; knownAt: string }
  | { status: 'revoked'; knownAt: string };

interface Entry {
  marker: '@revoked' | '@cert-authority' | null;
  patterns: string[];
  key: HostKey;
  /** file:line, for the user to find it. */
  at: string;
}

/** The key type named inside an SSH key blob (its first length-prefixed string). */
export function keyFromBlob(blob: Buffer): HostKey {
  const length = blob.length >= 4 ? blob.readUInt32BE(0) : 0;
  const type = length > 0 && length <= blob.length - 4 ? blob.subarray(4, 4 + length).toString('latin1') : 'unknown';
  return { type, base64: blob.toString('base64') };
}

/** SHA256:… as `ssh` and `ssh-keygen -l` print it (base64 without padding). */
export function fingerprint(key: HostKey): string {
  return `SHA256:${createHash('sha256').update(Buffer.from(key.base64, 'base64')).digest('base64').replace(/=+$/, '')}`;
}

/** The name known_hosts files it under: the host alone on port 22, else [host]:port. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

export function parseKnownHosts(text: string, file: string): Entry[] {
  const entries: Entry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    const marker = fields[0] === '@revoked' || fields[0] === '@cert-authority' ? (fields.shift() as Entry['marker']) : null;
    const [hosts, type, base64] = fields;
    if (!hosts || !type || !base64) return;
    entries.push({ marker, patterns: hosts.split(','), key: { type, base64 }, at: `${file}:${index + 1}` });
  });
  return entries;
}

/** `*` and `?` as ssh's match_pattern has them. */
function globMatches(pattern: string, name: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(name);
}

/** |1|salt|hash: HMAC-SHA1 of the name, keyed by the salt (HashKnownHosts). */
function hashedMatches(pattern: string, name: string): boolean {
  const [, kind, salt, hash] = pattern.split('|');
  if (kind !== '1' || !salt || !hash) return false;
  return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
}

function entryMatches(entry: Entry, name: string): boolean {
  let matched = false;
  for (const pattern of entry.patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const hit = body.startsWith('|') ? hashedMatches(body, name) : globMatches(body, name);
    if (hit && negated) return false; // a negated match excludes the line whatever else matches
    if (hit) matched = true;
  }
  return matched;
}

/** What the entries say of `key` presented by the host filed as `name`. */
export function verdictFor(entries: Entry[], name: string, key: HostKey): HostKeyVerdict {
  const mine = entries.filter((entry) => entryMatches(entry, name));
  const revoked = mine.find((entry) => entry.marker === '@revoked' && entry.key.base64 === key.base64);
  if (revoked) return { status: 'revoked', knownAt: revoked.at };
  const plain = mine.filter((entry) => entry.marker === null);
  if (plain.some((entry) => entry.key.type === key.type && entry.key.base64 === key.base64)) return { status: 'trusted' };
  const other = plain.find((entry) => entry.key.type === key.type);
  if (other) return { status: 'changed', knownFingerprint: fingerprint(other.key), knownAt: other.at };
  return { status: 'unknown' };
}
