import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ComposeToolFinder, type VersionProbe } from '../../electron/services/compose/tool';
import { actionArgs } from '../../shared/compose-cli';
import { ComposeRunOptions } from '../../shared/contract/compose';

// Which compose tool is found and how each flavour is called, with the version probe answering from plain data
// (the real probe runs against docker-compose 1.29 in the integration tests; v2 is not installed here).

/** A probe that knows the given command lines ("docker compose", "docker-compose") and their versions. */
function probeOf(versions: Record<string, string>): VersionProbe & { calls: string[] } {
  const calls: string[] = [];
  const probe = async (program: string, args: string[]) => {
    const line = [program, ...args.slice(0, -2)].join(' ');
    calls.push(line);
    const version = versions[line];
    if (version === undefined) throw new Error(`${line}: not found`);
    return version;
  };
  return Object.assign(probe, { calls });
}

describe('finding the compose tool', () => {
  test('the docker compose plugin comes before docker-compose, and its "v" is dropped', async () => {
    const tool = await new ComposeToolFinder(() => null, probeOf({ 'docker compose': 'v2.24.6', 'docker-compose': '1.29.2' })).find();
    assert.deepEqual(tool, { flavour: 'v2', command: ['docker', 'compose'], version: '2.24.6', source: 'path' });
  });

  test('without the plugin, docker-compose; its version, not its name, says v1 or v2', async () => {
    assert.equal((await new ComposeToolFinder(() => null, probeOf({ 'docker-compose': '1.29.2' })).find()).flavour, 'v1');
    assert.equal((await new ComposeToolFinder(() => null, probeOf({ 'docker-compose': '2.27.0' })).find()).flavour, 'v2');
  });

  test('a configured docker means its compose plugin; a configured path that does not run is not replaced by PATH', async () => {
    const docker = await new ComposeToolFinder(() => '/opt/bin/docker', probeOf({ '/opt/bin/docker compose': '2.24.6' })).find();
    assert.deepEqual(docker.command, ['/opt/bin/docker', 'compose']);
    assert.equal(docker.source, 'setting');
    const broken = new ComposeToolFinder(() => '/nowhere/docker-compose', probeOf({ 'docker-compose': '1.29.2' }));
    assert.equal((await broken.find()).flavour, null);
    await assert.rejects(broken.require(), (error: { code: string; details: { reason: string } }) => error.code === 'NOT_FOUND' && error.details.reason === 'compose-tool-missing');
  });

  test('a failed look is tried again; a found tool is kept', async () => {
    const versions: Record<string, string> = {};
    const probe = probeOf(versions);
    const finder = new ComposeToolFinder(() => null, probe);
    assert.equal((await finder.find()).flavour, null);
    versions['docker-compose'] = '1.29.2';
    assert.equal((await finder.find()).flavour, 'v1', 'installed while Berth runs');
    const calls = probe.calls.length;
    await finder.find();
    assert.equal(probe.calls.length, calls, 'not probed again');
  });
});

describe('the flavours’ command lines', () => {
  const options = ComposeRunOptions.parse({ pull: 'always', build: true });
  test('v2 pulls as part of up', () => {
    assert.deepEqual(actionArgs('v2', 'up', ['web'], options), [['up', '--detach', '--build', '--pull', 'always', 'web']]);
  });
  test('v1 has no up --pull: "always" is a pull first', () => {
    assert.deepEqual(actionArgs('v1', 'up', ['web'], options), [['pull', 'web'], ['up', '--detach', '--build', 'web']]);
  });
});
