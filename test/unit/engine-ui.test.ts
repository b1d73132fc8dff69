import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addEngineInput, emptyAddEngineForm, engineUrlFor, suggestedEngineName, type AddEngineForm } from '../../renderer/src/features/engine/add-engine-form.js';
import { addressKind, isLaunchOverride, providerActions, providerStateLabel } from '../../renderer/src/features/engine/engine-words.js';
import { pruneButtonLabel, pruneSections, pruneTotalCount, type PrunePreview } from '../../renderer/src/features/engine/prune-sections.js';
import { applySettingsPatch, legacyLogBuffer, logBufferChoices } from '../../renderer/src/features/settings/settings-model.js';
import { Settings } from '../../shared/contract/settings.js';
import { testT } from '../support/i18n.js';

const t = await testT('engine');

const form = (over: Partial<AddEngineForm>): AddEngineForm => ({ ...emptyAddEngineForm(), ...over });

describe('add engine form', () => {
  test('a socket: an absolute path, a unix:// or npipe:// address, or a Windows pipe name', () => {
    assert.deepEqual(engineUrlFor('socket', ' /var/run/docker.sock ', t), { url: 'unix:///var/run/docker.sock' });
    assert.deepEqual(engineUrlFor('socket', 'unix:///run/podman/podman.sock', t), { url: 'unix:///run/podman/podman.sock' });
    assert.deepEqual(engineUrlFor('socket', '\\\\.\\pipe\\docker_engine', t), { url: 'npipe:////./pipe/docker_engine' });
    assert.ok('error' in engineUrlFor('socket', 'docker.sock', t));
    assert.ok('error' in engineUrlFor('socket', '', t));
  });

  test('tcp: host[:port], with or without tcp://; a bad port or another scheme is refused', () => {
    assert.deepEqual(engineUrlFor('tcp', '192.168.1.20:2376', t), { url: 'tcp://192.168.1.20:2376' });
    assert.deepEqual(engineUrlFor('tcp', 'tcp://build.example:2375/', t), { url: 'tcp://build.example:2375' });
    assert.deepEqual(engineUrlFor('tcp', '[::1]:2375', t), { url: 'tcp://[::1]:2375' });
    assert.ok('error' in engineUrlFor('tcp', 'host:99999', t));
    assert.ok('error' in engineUrlFor('tcp', 'ssh://root@host', t));
    assert.ok('error' in engineUrlFor('tcp', 'a host', t));
  });

  test('ssh: user@host[:port], with or without ssh://; the user is required', () => {
    assert.deepEqual(engineUrlFor('ssh', 'root@127.0.0.1:2222', t), { url: 'ssh://root@127.0.0.1:2222' });
    assert.deepEqual(engineUrlFor('ssh', 'ssh://deploy@build.example', t), { url: 'ssh://deploy@build.example' });
    assert.ok('error' in engineUrlFor('ssh', 'build.example', t));
    assert.ok('error' in engineUrlFor('ssh', 'root@host:0', t));
  });

  test('a name is suggested from the address when none is typed', () => {
    assert.equal(suggestedEngineName('ssh', 'root@127.0.0.1:2222'), 'root@127.0.0.1:2222');
    assert.equal(suggestedEngineName('socket', '/run/user/1000/podman/podman.sock'), 'podman/podman.sock');
    assert.equal(suggestedEngineName('tcp', 'nope nope'), '');
    const result = addEngineInput(form({ kind: 'tcp', address: 'host:2375' }), t);
    assert.ok('input' in result);
    assert.equal(result.input.name, 'host:2375');
  });

  test('the input engines.add takes: TLS paths for tcp with TLS, the key for ssh, nothing foreign to the kind', () => {
    assert.deepEqual(
      addEngineInput(form({ name: ' build ', kind: 'tcp', address: 'host:2376', tls: true, caPath: '/c/ca.pem', certPath: '/c/cert.pem', keyPath: '/c/key.pem', sshKeyPath: '/k', use: false }), t),
      { input: { name: 'build', url: 'tcp://host:2376', tls: { caPath: '/c/ca.pem', certPath: '/c/cert.pem', keyPath: '/c/key.pem' }, use: false } },
    );
    assert.deepEqual(addEngineInput(form({ name: 'ssh', kind: 'ssh', address: 'root@h', sshKeyPath: ' /k/id ', caPath: '/x', tls: true }), t), {
      input: { name: 'ssh', url: 'ssh://root@h', sshKeyPath: '/k/id', use: true },
    });
    assert.deepEqual(addEngineInput(form({ name: 'plain', kind: 'tcp', address: 'h:1', caPath: '/ignored' }), t), { input: { name: 'plain', url: 'tcp://h:1', use: true } });
  });

  test('each wrong field has its issue', () => {
    assert.deepEqual(addEngineInput(form({ kind: 'tcp', address: 'h:2376', tls: true, caPath: '/ca' }), t), {
      issues: { certPath: 'required for TLS', keyPath: 'required for TLS' },
    });
    const result = addEngineInput(form({ kind: 'ssh', address: 'nouser' }), t);
    assert.ok('issues' in result);
    assert.match(result.issues.address ?? '', /user@host/);
    assert.equal(result.issues.name, 'a name is required');
  });
});

describe('engine words', () => {
  test('provider actions by state; none where it cannot run', () => {
    assert.deepEqual(providerActions({ state: 'stopped', unavailable: null }), { start: true, stop: false, restart: false });
    assert.deepEqual(providerActions({ state: 'running', unavailable: null }), { start: false, stop: true, restart: true });
    assert.deepEqual(providerActions({ state: 'starting', unavailable: null }), { start: false, stop: true, restart: false });
    assert.deepEqual(providerActions({ state: 'stopping', unavailable: null }), { start: false, stop: false, restart: false });
    assert.deepEqual(providerActions({ state: 'error', unavailable: null }), { start: true, stop: false, restart: true });
    assert.deepEqual(providerActions({ state: 'stopped', unavailable: 'dockerd needs root' }), { start: false, stop: false, restart: false });
    assert.equal(providerStateLabel({ state: 'running', unavailable: 'no' }, t), 'Not available here');
    assert.equal(providerStateLabel({ state: 'error', unavailable: null }, t), 'Failed');
  });

  test('an engine given with --engine is told apart from a saved one', () => {
    assert.equal(isLaunchOverride({ url: 'unix:///x', source: 'setting', detail: 'given with --engine' }), true);
    assert.equal(isLaunchOverride({ url: 'unix:///x', source: 'setting', detail: 'saved', engineId: 'a' }), false);
    assert.equal(isLaunchOverride({ url: 'unix:///x', source: 'DOCKER_HOST', detail: '' }), false);
    assert.equal(isLaunchOverride(null), false);
  });

  test('address kinds', () => {
    assert.deepEqual(
      ['unix:///s', 'npipe:////./pipe/x', 'ssh://a@b', 'tcp://h:1', 'https://h'].map((url) => addressKind(url)),
      ['socket', 'pipe', 'ssh', 'tcp', 'tls'],
    );
    assert.equal(addressKind('tcp://h:2376', true), 'tls');
  });
});

describe('system prune preview', () => {
  const preview: PrunePreview = {
    containers: [{ id: 'c1', name: 'old', sizeBytes: 10 }],
    images: [
      { id: 'sha256:0123456789abcdef', tags: [], sizeBytes: 100 },
      { id: 'sha256:2', tags: ['a:1', 'a:latest'], sizeBytes: 50 },
    ],
    networks: [{ id: 'n1', name: 'net' }],
    volumes: [{ name: 'v', sizeBytes: null }],
    buildCacheBytes: 0,
    spaceReclaimedBytes: 160,
  };

  test('one section per kind that has something, in prune order, with totals', () => {
    const sections = pruneSections(preview, t);
    assert.deepEqual(sections.map((s) => [s.key, s.items.length, s.bytes]), [
      ['containers', 1, 10],
      ['networks', 1, null],
      ['images', 2, 150],
      ['volumes', 1, 0],
    ]);
    assert.deepEqual(sections[2]?.items.map((i) => i.label), ['<none> 0123456789ab', 'a:1, a:latest']);
    assert.deepEqual(pruneSections({ ...preview, containers: [], networks: [], images: [], volumes: [], buildCacheBytes: 7 }, t).map((s) => [s.key, s.bytes]), [['buildCache', 7]]);
  });

  test('counts and the button’s words', () => {
    assert.equal(pruneTotalCount(preview), 5);
    assert.equal(pruneButtonLabel(preview, t), 'Prune 5 items');
    assert.equal(pruneButtonLabel({ ...preview, buildCacheBytes: 1 }, t), 'Prune 5 items and the build cache');
    assert.equal(pruneButtonLabel({ ...preview, containers: [], networks: [], images: [], volumes: [], buildCacheBytes: 1 }, t), 'Prune the build cache');
    assert.equal(pruneButtonLabel({ ...preview, containers: [], networks: [], images: [], volumes: [{ name: 'v', sizeBytes: 1 }] }, t), 'Prune 1 item');
  });

  test('in Chinese too', async () => {
    const zh = await testT('engine', 'zh-CN');
    assert.equal(pruneButtonLabel(preview, zh), '清理 5 项');
    assert.equal(pruneButtonLabel({ ...preview, buildCacheBytes: 1 }, zh), '清理 5 项和构建缓存');
    assert.equal(pruneSections(preview, zh)[0]?.title, '已停止的容器');
    await testT('engine'); // Intl formatting back to English for the other tests
  });
});

describe('settings model', () => {
  const defaults = Settings.parse({});

  test('a patch changes what it names and keeps the rest (nested objects merged)', () => {
    const next = applySettingsPatch(defaults, { theme: 'dark', confirmations: { stopAndRestart: true } });
    assert.equal(next.theme, 'dark');
    assert.equal(next.confirmations.stopAndRestart, true);
    assert.deepEqual(next.managedEngine, defaults.managedEngine);
    assert.equal(next.logBufferLines, defaults.logBufferLines);
    assert.equal(applySettingsPatch(defaults, { logBufferLines: 5000 }).logBufferLines, 5000);
    assert.equal(applySettingsPatch(defaults, { language: 'zh-CN' }).language, 'zh-CN', 'a language choice shows at once');
    assert.equal(defaults.theme, 'system', 'the original is not changed');
  });

  test('log buffer choices include a saved size that is not one of the usual', () => {
    assert.deepEqual(logBufferChoices([10, 100], 100), [10, 100]);
    assert.deepEqual(logBufferChoices([10, 100], 50), [10, 50, 100]);
  });

  test('a size an earlier version kept in the browser is carried over once, only over the default', () => {
    assert.equal(legacyLogBuffer('250000', 100_000, 100_000), 250_000);
    assert.equal(legacyLogBuffer('250000', 50_000, 100_000), null, 'a size already chosen in the settings wins');
    assert.equal(legacyLogBuffer(null, 100_000, 100_000), null);
    assert.equal(legacyLogBuffer('12', 100_000, 100_000), null);
    assert.equal(legacyLogBuffer('lots', 100_000, 100_000), null);
  });
});
