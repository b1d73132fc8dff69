// The run dialog's form → RunSpec, checked by the contract's own schema, issues keyed by field.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { breadcrumbs, formatMode, parentPath } from '../../renderer/src/components/files/file-mode.js';
import { emptyRunForm, formFromSpec, formToSpec, newMountRow, newPortRow, type RunForm } from '../../renderer/src/features/containers/run/run-form.js';
import { formatBytes, formatMemory } from '../../renderer/src/lib/bytes.js';
import { dockerRunCommand, type RunSpec } from '../../shared/run-spec.js';
import { testT } from '../support/i18n.js';

const form = (patch: Partial<RunForm>): RunForm => ({ ...emptyRunForm(), image: 'berth-fixture/busybox:latest', ...patch });

const t = await testT('run');

describe('run form', () => {
  test('a full form becomes the spec main gets, and the live command shows it', () => {
    const { spec, issues } = formToSpec(
      form({
        name: 'web',
        command: `sh -c 'httpd -f -p 80 -h /www'`,
        env: [{ key: 'A', value: 'x y' }, { key: '', value: '' }],
        ports: [{ hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' }, newPortRow('53', 'udp')],
        mounts: [{ kind: 'volume', source: 'site', target: '/www', readOnly: false }, { kind: 'anonymous', source: 'ignored', target: '/cache', readOnly: false }, { kind: 'bind', source: '/srv', target: '/srv', readOnly: true }],
        labels: [{ key: 'team', value: 'a' }],
        restart: 'unless-stopped',
        workingDir: '/www',
      }),
      t,
    );
    assert.equal(issues.size, 0, [...issues].join('; '));
    assert.deepEqual(spec.cmd, ['sh', '-c', 'httpd -f -p 80 -h /www']);
    assert.deepEqual(spec.ports, [
      { hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { hostIp: '', hostPort: null, containerPort: 53, protocol: 'udp' },
    ]);
    assert.deepEqual(spec.mounts[1], { type: 'volume', source: '', target: '/cache', readOnly: false });
    assert.equal(
      dockerRunCommand(spec),
      `docker run -d --name web -p 127.0.0.1:8080:80 -p 53/udp -v site:/www -v /cache -v /srv:/srv:ro -e 'A=x y' --label team=a -w /www --restart unless-stopped berth-fixture/busybox:latest sh -c 'httpd -f -p 80 -h /www'`,
    );
  });
  test('each problem is keyed by its field, with the schema’s or the form’s reason', () => {
    const { issues } = formToSpec(
      form({
        image: '',
        name: '-bad',
        command: `echo 'open`,
        env: [{ key: 'A', value: '1' }, { key: 'B C', value: '2' }],
        ports: [newPortRow(), { hostIp: 'nope', hostPort: '70000', containerPort: '80', protocol: 'tcp' }],
        mounts: [newMountRow(), { kind: 'bind', source: 'relative', target: 'rel', readOnly: false }, { kind: 'volume', source: '', target: '/x', readOnly: false }],
        workingDir: 'relative',
        labels: [{ key: '', value: 'v' }],
      }),
      t,
    );
    assert.match(issues.get('image') ?? '', /image is required/);
    assert.match(issues.get('name') ?? '', /starts with a letter or digit/);
    assert.match(issues.get('command') ?? '', /single quote/);
    assert.match(issues.get('env.1.key') ?? '', /not a variable name/);
    assert.match(issues.get('ports.1.hostPort') ?? '', /1 to 65535/);
    assert.equal(issues.get('ports.1.hostIp'), 'not an IP address');
    assert.equal(issues.has('ports.0.containerPort'), false, 'an empty row is ignored');
    assert.match(issues.get('mounts.1.source') ?? '', /bind mount: an absolute path on the engine’s machine/);
    assert.match(issues.get('mounts.1.target') ?? '', /absolute/);
    assert.match(issues.get('mounts.2.source') ?? '', /volume name is required/);
    assert.match(issues.get('workingDir') ?? '', /absolute/);
    assert.match(issues.get('labels.0.key') ?? '', /needs a name/);
  });
  test('prefilled from an image: its exposed ports become rows with automatic host ports', () => {
    const prefilled = emptyRunForm({ image: 'nginx:1', exposedPorts: ['80/tcp', '53/udp'] });
    assert.equal(prefilled.image, 'nginx:1');
    assert.deepEqual(prefilled.ports, [newPortRow('80', 'tcp'), newPortRow('53', 'udp')]);
  });
});

describe('files and sizes', () => {
  test('modes as ls -l shows them', () => {
    assert.equal(formatMode('file', 0o755), '-rwxr-xr-x');
    assert.equal(formatMode('directory', 0o1777), 'drwxrwxrwt');
    assert.equal(formatMode('symlink', 0o777), 'lrwxrwxrwx');
    assert.equal(formatMode('file', 0o4755), '-rwsr-xr-x');
    assert.equal(formatMode('file', 0o2644), '-rw-r-Sr--');
  });
  test('breadcrumbs and parents', () => {
    assert.deepEqual(breadcrumbs('/usr/local/bin'), [
      { name: '/', path: '/' },
      { name: 'usr', path: '/usr' },
      { name: 'local', path: '/usr/local' },
      { name: 'bin', path: '/usr/local/bin' },
    ]);
    assert.equal(parentPath('/usr/local'), '/usr');
    assert.equal(parentPath('/usr'), '/');
    assert.equal(parentPath('/'), '/');
  });
  test('bytes', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1500), '1.5 kB');
    assert.equal(formatBytes(23_400_000), '23 MB');
    assert.equal(formatMemory(12.5 * 1024 * 1024), '12.5 MiB');
  });
});

describe('an existing container as the form (edit → recreate)', () => {
  test('formToSpec(formFromSpec(spec)) gives the spec back, every field of it', () => {
    const spec: RunSpec = {
      image: 'berth-fixture/busybox:latest',
      name: 'web',
      cmd: ['sh', '-c', "echo 'hi there' && httpd -f"],
      entrypoint: ['/bin/env', '--'],
      env: [
        { key: 'A', value: 'x y' },
        { key: 'EMPTY', value: '' },
      ],
      ports: [
        { hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { hostIp: '', hostPort: null, containerPort: 53, protocol: 'udp' },
        { hostIp: '::1', hostPort: 8443, containerPort: 443, protocol: 'tcp' },
      ],
      mounts: [
        { type: 'volume', source: 'site', target: '/www', readOnly: false },
        { type: 'volume', source: '', target: '/cache', readOnly: false },
        { type: 'bind', source: '/srv', target: '/srv', readOnly: true },
      ],
      workingDir: '/www',
      user: '1000:1000',
      restart: 'on-failure',
      autoRemove: false,
      interactive: true,
      tty: true,
      labels: { team: 'a', 'com.docker.compose.project': 'shop' },
      network: 'backend',
    };
    const { spec: back, issues } = formToSpec(formFromSpec(spec), t);
    assert.deepEqual([...issues], []);
    assert.deepEqual(back, spec);
  });
});
