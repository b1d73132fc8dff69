import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Endpoint, EngineEvent, EngineStatus } from '../../shared/contract/engine.js';
import { containerState, dialectFromVersion, engineDefaults } from '../../electron/engine/dialect.js';
import { SocketDiscovery } from '../../electron/engine/socket-discovery.js';
import { BuildOutput } from '../../electron/services/images/build-output.js';
import { diskUsage } from '../../electron/services/system/df-handler.js';
import { runSpecFromInspect } from '../../shared/run-spec-from-inspect.js';
import { Emitter } from '../../electron/util/emitter.js';

// What GET /version answers, trimmed to the part that tells engines apart (both seen on this project's engines).
const podmanVersion = { Components: [{ Name: 'Podman Engine' }, { Name: 'Conmon' }, { Name: 'OCI Runtime (runc)' }] };
const dockerVersion = { Components: [{ Name: 'Engine' }, { Name: 'containerd' }, { Name: 'runc' }, { Name: 'docker-init' }] };
const podman = dialectFromVersion(podmanVersion);
const docker = dialectFromVersion(dockerVersion);

const engineEvent = (type: string, action: string, id: string, attributes: Record<string, string> = {}) =>
  ({ kind: 'engine', type, action, id, attributes, timeNano: 1 }) as EngineEvent & { kind: 'engine' };

describe('engine dialects', () => {
  test('told apart by the components GET /version names; an engine that names none is Docker', () => {
    assert.equal(podman.product, 'podman');
    assert.equal(docker.product, 'docker');
    assert.equal(dialectFromVersion({}).product, 'docker');
  });

  test("Podman's events in Docker's words: remove is destroy (an image's: delete), a volume's id is its name", () => {
    assert.deepEqual(podman.event(engineEvent('volume', 'remove', '', { name: 'data' })), engineEvent('volume', 'destroy', 'data', { name: 'data' }));
    assert.equal(podman.event(engineEvent('container', 'remove', 'c1')).action, 'destroy');
    assert.equal(podman.event(engineEvent('image', 'remove', 'i1')).action, 'delete');
    assert.equal(podman.event(engineEvent('container', 'die', 'c1')).action, 'die');
    assert.deepEqual(podman.eventlessTypes, ['network']);
    const dockerEvent = engineEvent('volume', 'destroy', 'data');
    assert.equal(docker.event(dockerEvent), dockerEvent, "Docker's events pass as they are");
    assert.deepEqual(docker.eventlessTypes, []);
  });

  test("every state Podman reports is one of the contract's", () => {
    assert.equal(containerState('stopped'), 'exited', 'just killed, before Podman settles it as exited');
    assert.equal(containerState('configured'), 'created');
    assert.equal(containerState('initialized'), 'created');
    assert.equal(containerState('stopping'), 'running');
    assert.equal(containerState('paused'), 'paused');
    assert.equal(containerState('something new'), 'dead');
  });

  test('the stopped states a prune filter names: Podman refuses `dead`', () => {
    assert.deepEqual(docker.stoppedStates, ['exited', 'created', 'dead']);
    assert.ok(!podman.stoppedStates.includes('dead'));
  });

  test("Podman's default network is `podman`, though its network list calls it `bridge`", () => {
    assert.equal(podman.networkName('bridge'), 'podman');
    assert.equal(podman.networkName('mine'), 'mine');
    assert.equal(docker.networkName('bridge'), 'bridge');
  });

  test("copy as docker run leaves out the environment Podman adds by itself, and keeps the user's", () => {
    const container = {
      Config: {
        Image: 'app:1',
        Hostname: 'b954787a413a',
        Env: ['PATH=/bin', 'GREETING=hi', 'TERM=xterm', 'container=podman', 'HOME=/root', 'HOSTNAME=b954787a413a'],
      },
    };
    const spec = runSpecFromInspect(container, { Env: ['PATH=/bin'] }, engineDefaults(podman, container));
    assert.deepEqual(spec.env, [{ key: 'GREETING', value: 'hi' }]);
    const asDocker = runSpecFromInspect(container, { Env: ['PATH=/bin'] }, engineDefaults(docker, container));
    assert.equal(asDocker.env.length, 5, 'on Docker the same entries were set by the user');
    const user = { Config: { ...container.Config, User: 'app', Env: ['HOME=/home/app'] } };
    assert.deepEqual(runSpecFromInspect(user, {}, engineDefaults(podman, user)).env, [{ key: 'HOME', value: '/home/app' }]);
  });

  test("a container on a user network is given --network, though Podman's NetworkMode says bridge", () => {
    const onUserNet = { Config: { Image: 'app:1' }, HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: { back: {} } } };
    assert.equal(runSpecFromInspect(onUserNet, {}, engineDefaults(podman, onUserNet)).network, 'back');
    const onDefault = { ...onUserNet, NetworkSettings: { Networks: { podman: {} } } };
    assert.equal(runSpecFromInspect(onDefault, {}, engineDefaults(podman, onDefault)).network, undefined);
    assert.equal(runSpecFromInspect(onUserNet, {}, engineDefaults(docker, onUserNet)).network, undefined, 'Docker says the network itself');
  });

  test("Buildah's build output: steps, cache hits and layers, as the classic builder's are read", () => {
    const output = new BuildOutput(podman.buildGrammar);
    const lines = [
      'STEP 1/3: FROM base\n',
      'STEP 2/3: RUN echo hi > /a\n',
      `--> Using cache ${'2'.repeat(64)}\n`,
      '--> 2cbb756aa34\n',
      'STEP 3/3: COPY busybox /b\n',
      'hello from the step\n',
      'COMMIT docker.io/library/web:1\n',
      '--> 4e3342289c8\n',
      'Successfully tagged docker.io/library/web:1\n',
      `${'4'.repeat(64)}\n`,
    ].flatMap((stream) => output.feed({ stream }));
    assert.deepEqual(
      lines.map((l) => `${l.kind}|${l.step}`),
      ['step|1', 'step|2', 'cached|2', 'info|2', 'step|3', 'output|3', 'info|3', 'info|3', 'info|3', 'info|3'],
    );
    assert.equal(output.stepCount, 3);
    assert.equal(output.cachedSteps, 1);
    assert.deepEqual(output.stepImages, ['2cbb756aa34', '4e3342289c8']);
  });

  test("disk usage: Podman's LayersSize 0 and SharedSize = Size become the images' sizes, the used one kept", () => {
    const raw = { LayersSize: 0, Images: [{ Size: 2_000_000, SharedSize: 2_000_000, Containers: 1 }, { Size: 3000, SharedSize: 0, Containers: 0 }] };
    const usage = diskUsage(podman.diskUsage(raw));
    assert.equal(usage.images.sizeBytes, 2_003_000);
    assert.equal(usage.images.reclaimableBytes, 3000);
    assert.equal(docker.diskUsage(raw), raw);
  });
});

describe('looking for an engine at the default sockets', () => {
  const podmanSocket: Endpoint = { url: 'unix:///run/podman/podman.sock', source: 'podman-socket', detail: 'Podman' };
  const dockerSocket: Endpoint = { url: 'unix:///var/run/docker.sock', source: 'default-socket', detail: 'Docker' };

  function harness(initial: EngineStatus) {
    const statuses = new Emitter<EngineStatus>('status');
    let status = initial;
    const world = { existing: [] as Endpoint[], answering: new Set<string>(), used: [] as string[], pinged: [] as string[] };
    const discovery = new SocketDiscovery({
      status: () => status,
      onStatus: (listener) => statuses.on(listener),
      candidates: () => world.existing,
      answers: async (endpoint) => {
        world.pinged.push(endpoint.url);
        return world.answering.has(endpoint.url);
      },
      use: (endpoint) => {
        world.used.push(endpoint.url);
        status = { state: 'connecting', endpoint };
        statuses.fire(status);
      },
      intervalMs: 10,
    });
    const set = (next: EngineStatus) => {
      status = next;
      statuses.fire(next);
    };
    return { world, discovery, set };
  }
  const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
  const none: EngineStatus = { state: 'unavailable', endpoint: null, reason: 'No engine was found', retryAt: null };

  test('no engine found: the first socket that appears and answers is used; one that exists but refuses is passed over', async () => {
    const { world, discovery } = harness(none);
    try {
      await settle();
      assert.deepEqual(world.used, [], 'nothing exists yet');
      assert.deepEqual(world.pinged, [], 'no socket file, no ping');
      world.existing = [dockerSocket, podmanSocket];
      world.answering.add(podmanSocket.url);
      await settle();
      assert.deepEqual(world.used, [podmanSocket.url]);
      await settle();
      assert.deepEqual(world.used, [podmanSocket.url], 'once connecting, looking stops');
    } finally {
      discovery.dispose();
    }
  });

  test('the engine found at a default socket goes away: another that answers is used', async () => {
    const { world, discovery, set } = harness({ state: 'connecting', endpoint: dockerSocket });
    try {
      world.existing = [dockerSocket, podmanSocket];
      world.answering.add(podmanSocket.url);
      await settle();
      assert.deepEqual(world.pinged, [], 'nothing is looked at while an engine is in use');
      set({ state: 'unavailable', endpoint: dockerSocket, reason: 'refused', retryAt: Date.now() + 1000 });
      await settle();
      assert.deepEqual(world.used, [podmanSocket.url]);
    } finally {
      discovery.dispose();
    }
  });

  test('an engine the user chose (a setting, DOCKER_HOST) is never traded for another', async () => {
    const chosen: Endpoint = { url: 'tcp://10.0.0.9:2375', source: 'DOCKER_HOST', detail: 'DOCKER_HOST' };
    const { world, discovery } = harness({ state: 'unavailable', endpoint: chosen, reason: 'refused', retryAt: null });
    try {
      world.existing = [podmanSocket];
      world.answering.add(podmanSocket.url);
      await settle();
      assert.deepEqual(world.used, []);
      assert.deepEqual(world.pinged, []);
    } finally {
      discovery.dispose();
    }
  });
});
