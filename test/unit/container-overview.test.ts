import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containerOverview } from '../../renderer/src/features/containers/detail/container-overview.js';
import { testT } from '../support/i18n.js';

test('containerOverview reads ports (IPv4/IPv6 twins once, exposed-only kept), networks, restart policy and health', async () => {
  const t = await testT('containers');
  const overview = containerOverview(t, {
    Config: { Cmd: ['3600'], Entrypoint: ['sleep'], WorkingDir: '/tmp', User: '', Env: ['A=1'] },
    NetworkSettings: {
      Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '', HostPort: '8080' }], '443/tcp': null },
      Networks: { web: { IPAddress: '172.20.0.2', Gateway: '172.20.0.1', MacAddress: '02:42:ac:14:00:02' } },
    },
    HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 1 } },
    State: { Health: { Status: 'healthy' } },
  });
  assert.deepEqual(overview, {
    command: ['3600'],
    entrypoint: ['sleep'],
    workingDir: '/tmp',
    user: '',
    env: ['A=1'],
    ports: ['0.0.0.0:8080→80/tcp', '443/tcp'],
    networks: [{ name: 'web', ipAddress: '172.20.0.2', gateway: '172.20.0.1', macAddress: '02:42:ac:14:00:02' }],
    restartPolicy: 'on-failure (1 retry)',
    health: 'healthy',
  });
});

test('containerOverview survives an inspect without the optional parts', async () => {
  const overview = containerOverview(await testT('containers'), {});
  assert.equal(overview.restartPolicy, 'no');
  assert.equal(overview.health, null);
  assert.deepEqual([overview.ports, overview.networks, overview.env], [[], [], []]);
});
