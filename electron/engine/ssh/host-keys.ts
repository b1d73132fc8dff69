import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HostKeyProblem } from '../../../shared/contract/engine.js';
import { BerthError } from '../../../shared/contract/errors.js';
import { fingerprint, keyFromBlob, knownHostsName, parseKnownHosts, verdictFor, type HostKey } from './known-hosts.js';

export interface HostKeysOptions {
  /** The files OpenSSH reads, read only: ~/.ssh/known_hosts and /etc/ssh/ssh_known_hosts by default. */
  userFiles?: string[];
  /** Berth's own list (OpenSSH's format), where a key the user trusts in Berth is written. */
  ownFile: string;
}

const hostPort = (host: string, port: number) => `${host}:${port}`;

/**
 * Host key checking for ssh:// engines, as OpenSSH does it: a key on file connects; an unknown key is refused
 * until the user trusts it (shown by its SHA256 fingerprint, asked once); a changed or revoked key is refused
 * with a warning and how to fix it. Only a key a server actually presented can be trusted, by its fingerprint,
 * so no client can slip another key in.
 */
export class HostKeys {
  private readonly userFiles: string[];
  private readonly ownFile: string;
  /** The last refusal per host:port, with the key that was presented. */
  private readonly refused = new Map<string, { problem: HostKeyProblem; key: HostKey }>();

  constructor(options: HostKeysOptions) {
    this.userFiles = options.userFiles ?? [path.join(os.homedir(), '.ssh', 'known_hosts'), '/etc/ssh/ssh_known_hosts'];
    this.ownFile = options.ownFile;
  }

  /** ssh2's hostVerifier for one host: true lets the connection go on. */
  verifier(host: string, port: number): (blob: Buffer) => boolean {
    return (blob) => {
      const key = keyFromBlob(blob);
      const verdict = verdictFor(this.entries(), knownHostsName(host, port), key);
      if (verdict.status === 'trusted') {
        this.refused.delete(hostPort(host, port));
        return true;
      }
      const problem: HostKeyProblem = {
        problem: verdict.status,
        host,
        port,
        keyType: key.type,
        fingerprint: fingerprint(key),
        ...(verdict.status === 'changed' ? { knownFingerprint: verdict.knownFingerprint } : {}),
        ...(verdict.status !== 'unknown' ? { knownAt: verdict.knownAt } : {}),
      };
      this.refused.set(hostPort(host, port), { problem, key });
      return false;
    };
  }

  /** Why the last connection to host:port was refused, if it was for its host key. */
  problemFor(host: string, port: number): HostKeyProblem | null {
    return this.refused.get(hostPort(host, port))?.problem ?? null;
  }

  /** Trusts the unknown key host:port presented, named by its fingerprint, in Berth's own list. */
  trust(host: string, port: number, expected: string): void {
    const refusal = this.refused.get(hostPort(host, port));
    if (!refusal || refusal.problem.fingerprint !== expected) {
      throw new BerthError('NOT_FOUND', `${knownHostsName(host, port)} has not presented a key with fingerprint ${expected}: connect to it first, then trust the key it shows.`);
    }
    if (refusal.problem.problem !== 'unknown') {
      throw new BerthError('CONFLICT', `${describeHostKeyProblem(refusal.problem)} Berth does not replace a key that changed.`, refusal.problem);
    }
    fs.mkdirSync(path.dirname(this.ownFile), { recursive: true });
    fs.appendFileSync(this.ownFile, `${knownHostsName(host, port)} ${refusal.key.type} ${refusal.key.base64}\n`, { mode: 0o600 });
    this.refused.delete(hostPort(host, port));
  }

  private entries() {
    return [...this.userFiles, this.ownFile].flatMap((file) => {
      try {
        return parseKnownHosts(fs.readFileSync(file, 'utf8'), file);
      } catch {
        return []; // a missing file holds no keys
      }
    });
  }
}

/** The refusal in words for people, with what to do. */
export function describeHostKeyProblem(problem: HostKeyProblem): string {
  const name = knownHostsName(problem.host, problem.port);
  switch (problem.problem) {
    case 'unknown':
      return `The ssh host key of ${name} is not known yet. Its ${problem.keyType} key fingerprint is ${problem.fingerprint}: check it with the server's administrator (ssh-keygen -lf on the server's key), then trust it.`;
    case 'changed':
      return `WARNING: the ssh host key of ${name} has changed (it was ${problem.knownFingerprint}, it is now ${problem.fingerprint}). Someone may be intercepting the connection, or the server was reinstalled. If you know the new key is right, remove the old one (${problem.knownAt}; for ~/.ssh/known_hosts: ssh-keygen -R '${name}') and connect again.`;
    case 'revoked':
      return `The ssh host key of ${name} (${problem.fingerprint}) is marked @revoked in ${problem.knownAt}: Berth will not connect with it.`;
  }
}
