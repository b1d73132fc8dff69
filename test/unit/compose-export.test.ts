import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { composeFileFrom, type ExportContainer, type ExportSource } from '../../electron/services/compose/export.js';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const composeLabels = (service: string, number = 1) => ({
  'com.docker.compose.config-hash': 'a2630ccc',
  'com.docker.compose.container-number': String(number),
  'com.docker.compose.oneoff': 'False',
  'com.docker.compose.project': 'shop',
  'com.docker.compose.project.working_dir': '/home/me/shop',
  'com.docker.compose.service': service,
  'com.docker.compose.version': '1.29.2',
});

/** A container as `docker inspect` shows one that docker-compose v1 made (only the parts the export reads). */
function container(id: string, name: string, patch: { Config?: Partial<ExportContainer['Config']>; HostConfig?: Partial<ExportContainer['HostConfig']> } & Partial<Omit<ExportContainer, 'Config' | 'HostConfig'>> = {}): ExportContainer {
  const { Config, HostConfig, ...rest } = patch;
  const fullId = id.padEnd(64, '0');
  return {
    Id: fullId,
    Name: `/${name}`,
    Image: 'sha256:web',
    Config: { Hostname: fullId.slice(0, 12), Image: 'shop_web', Env: [PATH], Cmd: ['httpd', '-f'], Entrypoint: null, Labels: {}, ...Config },
    HostConfig: { NetworkMode: 'shop_default', RestartPolicy: { Name: '', MaximumRetryCount: 0 }, PortBindings: {}, ...HostConfig },
    Mounts: [],
    NetworkSettings: { Networks: { shop_default: { Aliases: ['web', fullId.slice(0, 12)] } } },
    ...rest,
  };
}

const networks: ExportSource['networks'] = {
  shop_default: { Name: 'shop_default', Driver: 'bridge', Labels: { 'com.docker.compose.network': 'default', 'com.docker.compose.project': 'shop' } },
  shop_back: { Name: 'shop_back', Driver: 'bridge', Labels: { 'com.docker.compose.network': 'back', 'com.docker.compose.project': 'shop' } },
  shared: { Name: 'shared', Driver: 'bridge', Labels: {} },
};
const images: ExportSource['images'] = {
  'sha256:web': { Cmd: ['httpd', '-f'], Env: [PATH, 'LANG=C'], Labels: { maintainer: 'me' }, WorkingDir: '/www', ExposedPorts: { '8080/tcp': {} }, Volumes: { '/cache': {} } },
};

describe('export as compose: inspect data → compose file', () => {
  test('a compose service: what the image says is left out, compose’s own labels and network too', () => {
    const web = container('aaaa', 'shop_web_1', {
      Config: {
        Env: [PATH, 'LANG=C', 'GREETING=hi', 'PRICE=$5'],
        Labels: { ...composeLabels('web'), maintainer: 'me', team: 'shop' },
        WorkingDir: '/www',
        User: '1000',
        ExposedPorts: { '8080/tcp': {}, '9000/tcp': {} },
      },
      HostConfig: {
        NetworkMode: 'shop_default',
        PortBindings: { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }], '22/tcp': [{ HostIp: '', HostPort: '22' }], '53/udp': [{ HostIp: '', HostPort: '' }] },
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
      },
      Mounts: [
        { Type: 'volume', Name: 'shop_data', Destination: '/data', Mode: 'rw', RW: true },
        { Type: 'bind', Source: '/home/me/site', Destination: '/site', Mode: 'ro,Z', RW: false },
        { Type: 'volume', Name: 'f'.repeat(64), Destination: '/scratch', Mode: '', RW: true },
        { Type: 'volume', Name: 'e'.repeat(64), Destination: '/cache', Mode: '', RW: true },
      ],
      NetworkSettings: { Networks: { shop_default: { Aliases: ['web', 'aaaa00000000'] }, shop_back: { Aliases: ['web', 'aaaa00000000', 'api'] } } },
    });
    const { text, warnings } = composeFileFrom(
      {
        containers: [web],
        images,
        volumes: { shop_data: { Name: 'shop_data', Driver: 'local', Labels: { 'com.docker.compose.volume': 'data', 'com.docker.compose.project': 'shop' } } },
        networks,
      },
      new Date('2024-05-01T10:00:00Z'),
    );
    assert.deepEqual(warnings, []);
    assert.match(text, /^# Made by Berth from the settings of one container \(docker inspect\), 2024-05-01T10:00:00.000Z\./);
    assert.deepEqual(parse(text), {
      services: {
        web: {
          image: 'shop_web',
          environment: { GREETING: 'hi', PRICE: '$$5' },
          ports: ['22:22/tcp', '53/udp', '127.0.0.1:8080:8080/tcp'],
          expose: ['9000/tcp'],
          volumes: ['data:/data', '/home/me/site:/site:ro,Z', '/scratch'],
          networks: { default: null, back: { aliases: ['api'] } },
          restart: 'on-failure:3',
          labels: { team: 'shop' },
          user: '1000',
        },
      },
      volumes: { data: { name: 'shop_data', external: false } },
      networks: { back: { name: 'shop_back' } },
    });
  });

  test('a plain container: named after itself, command and entrypoint when they differ, other settings carried', () => {
    const app = container('bbbb', 'My App', {
      Image: 'sha256:busybox',
      Config: {
        Image: 'busybox:latest',
        Cmd: ['-c', 'echo "$HOME"'],
        Entrypoint: ['sh'],
        Env: [PATH, 'MODE=no'],
        Hostname: 'app-host',
        Tty: true,
        OpenStdin: true,
      },
      HostConfig: {
        NetworkMode: 'shared',
        RestartPolicy: { Name: 'unless-stopped' },
        Init: true,
        CapAdd: ['NET_ADMIN'],
        ExtraHosts: ['db:10.0.0.5'],
        Tmpfs: { '/run': 'size=64m' },
      },
      NetworkSettings: { Networks: { shared: { Aliases: null } } },
    });
    const { text } = composeFileFrom({ containers: [app], images: { 'sha256:busybox': { Cmd: ['sh'], Env: [PATH] } }, volumes: {}, networks });
    assert.match(text, /MODE: "no"/, 'a value YAML 1.1 would read as false is quoted');
    assert.deepEqual(parse(text), {
      services: {
        My_App: {
          image: 'busybox:latest',
          entrypoint: ['sh'],
          command: ['-c', 'echo "$$HOME"'],
          environment: { MODE: 'no' },
          tmpfs: ['/run:size=64m'],
          restart: 'unless-stopped',
          networks: ['shared'],
          hostname: 'app-host',
          tty: true,
          stdin_open: true,
          init: true,
          cap_add: ['NET_ADMIN'],
          extra_hosts: ['db:10.0.0.5'],
        },
      },
      networks: { shared: { name: 'shared', external: true } },
    });
  });

  test('what a file cannot carry is said; a scaled service is exported once; host networking is a mode', () => {
    const linked = container('cccc', 'old', { Image: 'sha256:x', Config: { Image: 'x' }, HostConfig: { NetworkMode: 'default', Links: ['/db:/old/database'], VolumesFrom: ['data-box'] }, NetworkSettings: { Networks: { bridge: {} } } });
    const sidecar = container('dddd', 'sidecar', { Image: 'sha256:x', Config: { Image: 'x' }, HostConfig: { NetworkMode: 'container:old' }, NetworkSettings: { Networks: {} } });
    const hostNet = container('eeee', 'probe', { Image: 'sha256:x', Config: { Image: 'x' }, HostConfig: { NetworkMode: 'host' }, NetworkSettings: { Networks: { host: {} } } });
    const first = container('ffff', 'shop_web_1', { Config: { Labels: composeLabels('web', 1) } });
    const second = container('9999', 'shop_web_2', { Config: { Labels: composeLabels('web', 2) } });
    const { text, warnings } = composeFileFrom({ containers: [second, linked, sidecar, hostNet, first], images: { 'sha256:x': {} }, volumes: {}, networks });
    assert.deepEqual(
      warnings.map((w) => `${w.code} ${w.container}`),
      ['scaled shop_web_2', 'volumes-from old', 'links old', 'network-mode sidecar'],
    );
    const services = (parse(text) as { services: Record<string, Record<string, unknown>> }).services;
    assert.deepEqual(Object.keys(services).sort(), ['old', 'probe', 'sidecar', 'web']);
    assert.equal(services.probe?.network_mode, 'host');
    assert.equal(services.old?.networks, undefined, 'the default bridge: the project’s own network instead');
    assert.equal(services.web?.networks, undefined, 'compose’s default network stays implicit');
  });
});
