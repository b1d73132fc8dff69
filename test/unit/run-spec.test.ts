import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { takenPortIn } from '../../electron/services/containers/create-options.js';
import { RunSpec, dockerRunCommand, shellQuote } from '../../shared/run-spec.js';
import { runSpecFromInspect } from '../../shared/run-spec-from-inspect.js';

describe('docker run command', () => {
  test('every option of the run dialog, quoted for a shell', () => {
    const spec = RunSpec.parse({
      image: 'local/web:1',
      name: 'web',
      ports: [{ hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80 }, { containerPort: 53, protocol: 'udp' }],
      mounts: [
        { type: 'volume', source: 'data', target: '/data' },
        { type: 'bind', source: '/home/me/site', target: '/www', readOnly: true },
        { type: 'volume', source: '', target: '/cache' },
      ],
      env: [{ key: 'GREETING', value: "it's me" }],
      labels: { team: 'a b' },
      workingDir: '/www',
      user: '1000',
      restart: 'unless-stopped',
      network: 'backend',
      cmd: ['httpd', '-f', '-p', '80'],
    });
    assert.equal(
      dockerRunCommand(spec),
      "docker run -d --name web -p 127.0.0.1:8080:80 -p 53/udp -v data:/data -v /home/me/site:/www:ro -v /cache " +
        "-e 'GREETING=it'\\''s me' --label 'team=a b' -w /www -u 1000 --restart unless-stopped --network backend " +
        'local/web:1 httpd -f -p 80',
    );
  });

  test('-it and --rm, and an exec-form entrypoint', () => {
    const spec = RunSpec.parse({ image: 'x', interactive: true, tty: true, autoRemove: true, entrypoint: ['sh', '-c'], cmd: ['echo hi'] });
    assert.equal(dockerRunCommand(spec), "docker run -it --rm --entrypoint sh x -c 'echo hi'");
  });

  test('bad input is refused with the reason', () => {
    const bad = (input: unknown) => RunSpec.safeParse(input).error?.issues[0]?.message;
    assert.match(bad({ image: 'x', name: '-bad' }) ?? '', /name/);
    assert.match(bad({ image: 'x', ports: [{ containerPort: 70000 }] }) ?? '', /65535|too big/i);
    assert.match(bad({ image: 'x', mounts: [{ type: 'bind', source: 'relative', target: '/x' }] }) ?? '', /bind mount: an absolute path on the engine’s machine/);
    assert.match(bad({ image: 'x', mounts: [{ type: 'volume', source: 'v', target: 'x' }] }) ?? '', /absolute/);
    assert.match(bad({ image: '' }) ?? '', /image is required/);
    // A bad reference is refused with what is wrong with it, before the engine's "invalid reference format".
    assert.match(bad({ image: 'Busybox:latest' }) ?? '', /lower|upper|case/i);
    assert.match(bad({ image: 'busybox:' }) ?? '', /tag/i);
    assert.equal(bad({ image: '0123456789ab' }), undefined, 'an image id is what docker run takes too');
    assert.equal(bad({ image: `busybox@sha256:${'a'.repeat(64)}` }), undefined);
  });

  test('shell quoting leaves plain words alone', () => {
    assert.equal(shellQuote('a/b:c'), 'a/b:c');
    assert.equal(shellQuote(''), "''");
    assert.equal(shellQuote('$HOME'), "'$HOME'");
  });
});

describe('run spec from inspect', () => {
  test('keeps what the user chose and leaves out the image’s defaults', () => {
    const spec = runSpecFromInspect(
      {
        Name: '/web',
        Config: {
          Image: 'local/web:1',
          Cmd: ['sh'],
          Entrypoint: null,
          Env: ['PATH=/bin', 'GREETING=hi'],
          Labels: { 'from.image': '1', mine: 'yes' },
          WorkingDir: '/',
          Tty: true,
          OpenStdin: true,
          Volumes: { '/cache': {}, '/image-vol': {} },
        },
        HostConfig: {
          Binds: ['data:/data', '/srv:/srv:ro'],
          PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }], '53/udp': [{ HostIp: '', HostPort: '' }] },
          RestartPolicy: { Name: 'always' },
          AutoRemove: false,
          NetworkMode: 'default',
        },
      },
      { Cmd: ['sh'], Env: ['PATH=/bin'], Labels: { 'from.image': '1' }, WorkingDir: '/', Volumes: { '/image-vol': {} } },
    );
    assert.equal(
      dockerRunCommand(spec),
      'docker run -it --name web -p 53/udp -p 127.0.0.1:8080:80 -v data:/data -v /srv:/srv:ro -v /cache -e GREETING=hi --label mine=yes --restart always local/web:1',
    );
  });

  test('a changed entrypoint always spells the command out', () => {
    const spec = runSpecFromInspect({ Config: { Image: 'x', Entrypoint: ['/bin/tini'], Cmd: ['sh'] } }, { Cmd: ['sh'] });
    assert.deepEqual([spec.entrypoint, spec.cmd], [['/bin/tini'], ['sh']]);
  });

  test('an anonymous volume mounted again by its engine-made name (after a recreate) still reads as -v /path; a named one does not', () => {
    const hash = 'a'.repeat(64);
    const spec = runSpecFromInspect({ Config: { Image: 'x' }, HostConfig: { Binds: [`${hash}:/cache`, 'data:/data'] } }, {});
    assert.deepEqual(
      spec.mounts.map((mount) => [mount.source, mount.target]),
      [
        ['', '/cache'],
        ['data', '/data'],
      ],
    );
  });
});

describe('taken host ports in engine messages', () => {
  test('both wordings name the address', () => {
    assert.equal(
      takenPortIn('driver failed programming external connectivity on endpoint x (abc): Bind for 127.0.0.1:8080 failed: port is already allocated'),
      '127.0.0.1:8080',
    );
    assert.equal(takenPortIn('Error starting userland proxy: listen tcp4 0.0.0.0:5000: bind: address already in use'), '0.0.0.0:5000');
    assert.equal(takenPortIn('No such image: nope'), null);
  });
});
