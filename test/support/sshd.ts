import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { engineUrl, freePort, testEnv, waitFor } from './env.js';

const run = promisify(execFile);

/** A throwaway sshd on loopback whose sessions reach the test engine, with a host key that can be changed. */
export interface ThrowawaySshd {
  port: number;
  /** The host key's public line (type and base64) and its SHA256 fingerprint as ssh-keygen prints it. */
  publicKey(): string;
  fingerprint(): Promise<string>;
  /** A new host key, as after a reinstall (or a man-in-the-middle): the sshd restarts with it. */
  changeHostKey(): Promise<void>;
  stop(): Promise<void>;
}

export async function startThrowawaySshd(): Promise<ThrowawaySshd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-sshd-'));
  const port = await freePort();
  const hostKey = path.join(dir, 'hostkey');
  const config = path.join(dir, 'sshd_config');
  fs.writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${testEnv().ssh.privateKey}.pub`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `SetEnv DOCKER_HOST=${engineUrl()}`,
      '',
    ].join('\n'),
  );
  let child: ChildProcess | null = null;

  const newKey = async () => {
    fs.rmSync(hostKey, { force: true });
    fs.rmSync(`${hostKey}.pub`, { force: true });
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
  };
  const start = async () => {
    fs.mkdirSync('/run/sshd', { recursive: true });
    child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => {
            socket.destroy();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        }),
      'the throwaway sshd to listen',
    );
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill();
    await exited;
  };

  await newKey();
  await start();
  return {
    port,
    publicKey: () => fs.readFileSync(`${hostKey}.pub`, 'utf8').split(' ').slice(0, 2).join(' '),
    fingerprint: async () => (await run('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${hostKey}.pub`])).stdout.split(' ')[1] ?? '',
    async changeHostKey() {
      await stop();
      await newKey();
      await start();
    },
    async stop() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
