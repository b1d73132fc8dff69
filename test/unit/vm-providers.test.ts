import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { CommandResult, CommandRunner } from '../../electron/engine/providers/command.js';
import { LimaProvider, limaProgress, parseLimaList } from '../../electron/engine/providers/lima.js';
import { Wsl2Provider, decodeWslOutput, parseWslList } from '../../electron/engine/providers/wsl2.js';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name));
const ok = (stdout: Buffer | string = '', stderr = ''): CommandResult => ({ code: 0, stdout: Buffer.from(stdout), stderr });

/** A command runner that answers from a script of recorded outputs and keeps the calls it got. */
function scripted(answers: [RegExp, CommandResult | ((onLine?: (l: string) => void) => CommandResult)][]) {
  const calls: string[] = [];
  const run: CommandRunner = async (program, args, options) => {
    const line = [program, ...args].join(' ');
    calls.push(line);
    const found = answers.find(([pattern]) => pattern.test(line));
    if (!found) throw new Error(`unexpected command: ${line}`);
    const answer = found[1];
    return typeof answer === 'function' ? answer(options?.onStderrLine) : answer;
  };
  return { run, calls };
}

const withVm = (status: string) =>
  fixture('lima/list.jsonl').toString().replace('"name":"berth","hostname":"lima-berth","status":"Running"', `"name":"berth","hostname":"lima-berth","status":"${status}"`);

describe('Lima provider (macOS), against recorded limactl output', () => {
  test('limactl list --json is read line by line', () => {
    const instances = parseLimaList(fixture('lima/list.jsonl').toString());
    assert.deepEqual(instances.map((i) => [i.name, i.status, i.cpus]), [['default', 'Stopped', 4], ['berth', 'Running', 2]]);
  });

  test('progress lines become steps; chatter is dropped', () => {
    const steps = fixture('lima/start-create.stderr').toString().split('\n').map(limaProgress).filter(Boolean);
    assert.deepEqual(steps, [
      'Starting the instance "berth" with VM driver "vz"',
      'Starting VZ (hint: to watch the boot progress, see "/Users/ana/.lima/berth/serial*.log")',
      'Waiting for the essential requirement 1 of 2: "ssh"',
      'Waiting for the essential requirement 2 of 2: "user session is ready for ssh"',
      'Waiting for the optional requirement 1 of 1: "user probe 1/1"',
      'READY. Run `limactl shell berth` to open the shell.',
    ]);
  });

  test('first start creates the VM from the docker template with the chosen sizes, reporting each step', async () => {
    let created = false;
    const { run, calls } = scripted([
      [/^limactl list --json$/, () => ok(created ? withVm('Running') : fixture('lima/list.jsonl').toString().split('\n')[0])],
      [/^limactl start/, (onLine) => {
        for (const line of fixture('lima/start-create.stderr').toString().split('\n')) onLine?.(line);
        created = true;
        return ok();
      }],
    ]);
    const provider = new LimaProvider({ resources: { cpus: 2, memoryGiB: 4, diskGiB: 60 }, run });
    const steps: string[] = [];
    provider.onStatus((s) => s.step && steps.push(s.step));
    await provider.start();
    assert.equal(calls[1], 'limactl start --tty=false --name=berth --cpus=2 --memory=4 --disk=60 template://docker');
    assert.equal(provider.status().state, 'running');
    assert.equal(provider.socketUrl(), 'unix:///Users/ana/.lima/berth/sock/docker.sock');
    assert.ok(steps.includes('Creating the VM (the first start downloads its image)'));
    assert.ok(steps.includes('Waiting for the essential requirement 1 of 2: "ssh"'));
    assert.deepEqual(provider.resources(), { cpus: 2, memoryGiB: 4, diskGiB: 60 });
  });

  test('an existing VM is started by name; stop stops it', async () => {
    let running = false;
    const { run, calls } = scripted([
      [/^limactl list --json$/, () => ok(withVm(running ? 'Running' : 'Stopped'))],
      [/^limactl start --tty=false berth$/, () => ((running = true), ok())],
      [/^limactl stop berth$/, () => ((running = false), ok())],
    ]);
    const provider = new LimaProvider({ resources: { cpus: 2, memoryGiB: 4, diskGiB: 60 }, run });
    await provider.refresh();
    assert.equal(provider.status().state, 'stopped');
    await provider.start();
    await provider.stop();
    assert.equal(provider.status().state, 'stopped');
    assert.deepEqual(calls.filter((c) => !c.includes('list')), ['limactl start --tty=false berth', 'limactl stop berth']);
  });

  test('a failing start ends in error with limactl’s own reason and the VM log’s last lines', async () => {
    const limaHome = fs.mkdtempSync(path.join(os.tmpdir(), 'lima-'));
    fs.mkdirSync(path.join(limaHome, 'berth'));
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'lima', 'ha.stderr.log'), path.join(limaHome, 'berth', 'ha.stderr.log'));
    const { run } = scripted([
      [/^limactl list --json$/, ok('')],
      [/^limactl start/, { code: 1, stdout: Buffer.alloc(0), stderr: fixture('lima/start-fail.stderr').toString() }],
    ]);
    const provider = new LimaProvider({ resources: { cpus: 2, memoryGiB: 4, diskGiB: 64 }, run, limaHome });
    await assert.rejects(provider.start(), { message: /not enough disk space/ });
    const status = provider.status();
    assert.equal(status.state, 'error');
    assert.match(status.error!.message, /limactl start failed: failed to create the disk/);
    assert.match(status.error!.lastLines.at(-1)!, /not enough disk space/);
  });

  test('changing sizes says what needs a restart; a disk cannot shrink', async () => {
    const { run } = scripted([[/^limactl list --json$/, ok(withVm('Running'))]]);
    const provider = new LimaProvider({ resources: { cpus: 2, memoryGiB: 4, diskGiB: 60 }, run });
    await provider.refresh();
    assert.deepEqual(provider.setResources({ cpus: 4, memoryGiB: 4, diskGiB: 60 }), ['CPUs 2 → 4: applied when the VM restarts']);
    assert.throws(() => provider.setResources({ cpus: 4, memoryGiB: 4, diskGiB: 10 }), { code: 'INVALID_INPUT' });
  });
});

describe('WSL2 provider (Windows), against recorded wsl.exe output', () => {
  test('wsl -l -v in UTF-16LE is decoded and parsed, default marked', () => {
    const distros = parseWslList(decodeWslOutput(fixture('wsl/list-v.utf16le')));
    assert.deepEqual(distros, [
      { name: 'Ubuntu-24.04', state: 'Running', version: 2, isDefault: true },
      { name: 'berth', state: 'Stopped', version: 2, isDefault: false },
      { name: 'legacy', state: 'Stopped', version: 1, isDefault: false },
    ]);
  });

  test('missing distro and WSL 1 are explained', async () => {
    const list = ok(fixture('wsl/list-v.utf16le'));
    const make = (distro: string) =>
      new Wsl2Provider({ distro, dataDir: os.tmpdir(), run: scripted([[/--status/, ok()], [/-l -v/, list]]).run });
    assert.match((await make('nope').unavailableReason())!, /does not exist/);
    assert.match((await make('legacy').unavailableReason())!, /WSL 1/);
    assert.equal(await make('berth').unavailableReason(), null);
  });

  test('start starts the distro, then dockerd on a loopback port, then waits for it', async () => {
    let dockerd = false;
    const { run, calls } = scripted([
      [/docker -H unix:\/\/\/var\/run\/docker.sock version/, () => (dockerd ? ok('20.10.24\n') : { code: 1, stdout: Buffer.alloc(0), stderr: 'Cannot connect' })],
      [/nohup dockerd/, () => ((dockerd = true), ok())],
      [/-- true$/, ok()],
      [/tail -n 500/, ok('time="…" level=info msg="API listen on 127.0.0.1:23750"\n')],
      [/--terminate berth/, ok()],
    ]);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wsl-'));
    const provider = new Wsl2Provider({ dataDir, run });
    await provider.start();
    assert.equal(provider.status().state, 'running');
    assert.equal(provider.socketUrl(), 'tcp://127.0.0.1:23750');
    assert.ok(calls.some((c) => c.includes('dockerd -H unix:///var/run/docker.sock -H tcp://127.0.0.1:23750')));
    assert.match(fs.readFileSync(path.join(dataDir, 'wsl-dockerd.log'), 'utf8'), /API listen/);
    await provider.stop();
    assert.equal(calls.at(-1), 'wsl.exe --terminate berth');
  });

  test('sizes go to .wslconfig, keeping its other settings, with the restart they need', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wslcfg-')), '.wslconfig');
    fs.writeFileSync(file, '[wsl2]\nswap=0\nmemory=2GB\n');
    const provider = new Wsl2Provider({ dataDir: os.tmpdir(), wslConfigPath: file, run: scripted([]).run });
    const reasons = provider.setResources({ cpus: 4, memoryGiB: 8, diskGiB: 0 });
    assert.equal(reasons.length, 2);
    assert.match(reasons[0]!, /wsl --shutdown/);
    assert.equal(fs.readFileSync(file, 'utf8'), '[wsl2]\nswap=0\nprocessors=4\nmemory=8GB\n');
  });
});
