// The volumes and networks pages' pure logic: list views, forms checked by the contract, bursts.
import assert from 'node:assert/strict';
import { describe, mock, test } from 'node:test';
import type { NetworkSummary } from '../../shared/contract/networks.js';
import type { VolumeSummary } from '../../shared/contract/volumes.js';
import { createBurst } from '../../renderer/src/lib/burst.js';
import { buildNetworkView, checkConnect, checkCreateNetwork, connectRefusal, currentMembers, emptyCreateNetworkForm, nextNetworkSort, ownedWords } from '../../renderer/src/features/networks/network-view.js';
import { testT } from '../support/i18n.js';
import { mountRows } from '../../renderer/src/features/volumes/mounts.js';
import {
  checkCreateVolume,
  emptyCreateVolumeForm,
  folderOf,
  hostFileIssue,
  suggestArchivePath,
  transferProgress,
  volumeNameFromArchive,
  volumeNameIssue,
} from '../../renderer/src/features/volumes/volume-forms.js';
import { buildVolumeView, cloneName, currentUsers, nextVolumeSort, shortVolumeName, volumeTotals } from '../../renderer/src/features/volumes/volume-view.js';

/** The volumes feature's words, in English. */
const volumesT = await testT('volumes');

const hex = (c: string) => c.repeat(64);

function volume(name: string, patch: Partial<VolumeSummary> = {}): VolumeSummary {
  return { name, driver: 'local', scope: 'local', mountpoint: `/var/lib/docker/volumes/${name}/_data`, created: 100, sizeBytes: 0, labels: {}, options: {}, anonymous: false, containers: [], ...patch };
}

function user(id: string, name: string, state: VolumeSummary['containers'][number]['state'] = 'running') {
  return { id, name, state, destination: '/data', readOnly: false };
}

describe('volume list view', () => {
  const all = [
    volume('web-data', { sizeBytes: 5000, created: 300, containers: [user('a', 'web')] }),
    volume(hex('a'), { anonymous: true, sizeBytes: null, created: 200 }),
    volume('db', { sizeBytes: 900, created: null, labels: { team: 'core' }, containers: [user('b', 'pg'), user('c', 'backup', 'exited')] }),
    volume('cache2', { sizeBytes: 10, created: 50 }),
    volume('cache10', { sizeBytes: 20, created: 60, driver: 'nfs' }),
  ];
  const names = (rows: VolumeSummary[]) => rows.map((v) => v.name);

  test('by name: named volumes first, numbers in names in order; anonymous ones last, or hidden', () => {
    const sort = { key: 'name', direction: 'asc' } as const;
    assert.deepEqual(names(buildVolumeView(all, { search: '', hideAnonymous: false, sort })), ['cache2', 'cache10', 'db', 'web-data', hex('a')]);
    assert.deepEqual(names(buildVolumeView(all, { search: '', hideAnonymous: true, sort })), ['cache2', 'cache10', 'db', 'web-data']);
  });

  test('sizes and times sort with the unknown ones last, whichever the direction', () => {
    const bySize = (direction: 'asc' | 'desc') => names(buildVolumeView(all, { search: '', hideAnonymous: false, sort: { key: 'size', direction } }));
    assert.deepEqual(bySize('desc'), ['web-data', 'db', 'cache10', 'cache2', hex('a')]);
    assert.deepEqual(bySize('asc'), ['cache2', 'cache10', 'db', 'web-data', hex('a')]);
    const byCreated = names(buildVolumeView(all, { search: '', hideAnonymous: false, sort: { key: 'created', direction: 'desc' } }));
    assert.deepEqual(byCreated, ['web-data', hex('a'), 'cache10', 'cache2', 'db']);
    const byUsers = names(buildVolumeView(all, { search: '', hideAnonymous: false, sort: { key: 'users', direction: 'desc' } }));
    assert.equal(byUsers[0], 'db');
  });

  test('search looks at names, drivers, users and labels', () => {
    const find = (search: string) => names(buildVolumeView(all, { search, hideAnonymous: false, sort: { key: 'name', direction: 'asc' } }));
    assert.deepEqual(find('CACHE'), ['cache2', 'cache10']);
    assert.deepEqual(find('nfs'), ['cache10']);
    assert.deepEqual(find('backup'), ['db']);
    assert.deepEqual(find('team=core'), ['db']);
    assert.deepEqual(find('nothing'), []);
  });

  test('column sorts: a second click flips, a new column starts in its natural order', () => {
    assert.deepEqual(nextVolumeSort({ key: 'name', direction: 'asc' }, 'name'), { key: 'name', direction: 'desc' });
    assert.deepEqual(nextVolumeSort({ key: 'name', direction: 'asc' }, 'size'), { key: 'size', direction: 'desc' });
    assert.deepEqual(nextVolumeSort({ key: 'size', direction: 'desc' }, 'driver'), { key: 'driver', direction: 'asc' });
  });

  test('users: helpers left out, names and states as the live containers list has them now', () => {
    const v = volume('data', { containers: [user('a', 'web', 'running'), user('h', 'berth-helper-list-1a2b3c4d', 'created')] });
    const live = new Map([['a', { name: 'web-renamed', state: 'exited' as const }]]);
    assert.deepEqual(currentUsers(v, live), [{ ...user('a', 'web-renamed', 'exited') }]);
    assert.deepEqual(currentUsers(v), [user('a', 'web')]);
  });

  test('totals, short names for anonymous volumes, a free name for a clone', () => {
    assert.deepEqual(volumeTotals(all), { count: 5, inUse: 2, anonymous: 1, bytes: 5930 });
    assert.equal(shortVolumeName(volume(hex('b'), { anonymous: true })), `${'b'.repeat(12)}…`);
    assert.equal(shortVolumeName(volume('named')), 'named');
    assert.equal(cloneName('data', new Set(['data'])), 'data-copy');
    assert.equal(cloneName('data', new Set(['data-copy', 'data-copy-2'])), 'data-copy-3');
  });
});

describe('volume forms, checked by the contract', () => {
  test('create: rows become labels and options; blank rows dropped; the engine may name it', () => {
    const { input, issues } = checkCreateVolume(
      {
        name: ' app-data ',
        driver: 'local',
        labels: [{ key: 'team', value: 'a' }, { key: '', value: '' }],
        options: [{ key: 'type', value: 'tmpfs' }, { key: 'device', value: 'tmpfs' }],
      },
      volumesT,
    );
    assert.equal(issues.size, 0);
    assert.deepEqual(input, { name: 'app-data', driver: 'local', labels: { team: 'a' }, driverOptions: { type: 'tmpfs', device: 'tmpfs' } });
    assert.equal('name' in checkCreateVolume(emptyCreateVolumeForm(), volumesT).input, false);
  });

  test('create: a bad name, a bad driver, a nameless or repeated label are each their field’s issue', async () => {
    const { issues } = checkCreateVolume(
      {
        name: '-bad',
        driver: 'no spaces',
        labels: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }],
        options: [{ key: '', value: 'x' }],
      },
      volumesT,
    );
    assert.match(issues.get('name') ?? '', /not a volume name/);
    assert.match(issues.get('driver') ?? '', /not a volume driver name/);
    assert.equal(issues.get('labels.1.key'), 'already set above');
    assert.equal(issues.get('options.0.key'), 'an option needs a name');
    assert.equal(volumeNameIssue('ok_name.1', volumesT), undefined);
    assert.match(volumeNameIssue('-x', await testT('volumes', 'zh-CN')) ?? '', /^不是有效的数据卷名称/, 'the contract’s refusal in the UI language');
  });

  test('host paths as the contract takes them', () => {
    assert.equal(hostFileIssue('/home/me/backup.tar', volumesT), undefined);
    assert.equal(hostFileIssue('C:\\backups\\data.tar', volumesT), undefined);
    assert.match(hostFileIssue('backup.tar', volumesT) ?? '', /absolute path/);
    assert.match(hostFileIssue('/home/me/', volumesT) ?? '', /file name is missing/);
    assert.match(hostFileIssue('  ', volumesT) ?? '', /required/);
  });

  test('a volume name from an archive, a suggested export path, the folder to remember', () => {
    assert.equal(volumeNameFromArchive('/backups/site-data.tar.gz'), 'site-data');
    assert.equal(volumeNameFromArchive('C:\\b\\My Data.tgz'), 'My-Data');
    assert.equal(volumeNameFromArchive('/backups/.tar'), '');
    assert.equal(suggestArchivePath('/home/me/backups/', 'data'), '/home/me/backups/data.tar');
    assert.equal(suggestArchivePath('C:\\backups', 'data'), 'C:\\backups\\data.tar');
    assert.equal(suggestArchivePath(null, 'data'), '');
    assert.equal(folderOf('/home/me/x.tar'), '/home/me');
    assert.equal(folderOf('/x.tar'), '/');
    assert.equal(folderOf('x.tar'), null);
  });

  test('progress: percent when the total is known, capped at 100 (an export’s total is an estimate)', () => {
    assert.deepEqual(transferProgress(500, 1000, volumesT), { percent: 50, text: '500 B of 1.0 kB' });
    assert.equal(transferProgress(1200, 1000, volumesT).percent, 100);
    assert.deepEqual(transferProgress(2500, null, volumesT), { percent: null, text: '2.5 kB' });
  });
});

describe('network list and forms', () => {
  const network = (name: string, patch: Partial<NetworkSummary> = {}): NetworkSummary => ({
    id: `${name}-id`.padEnd(64, '0'),
    name,
    driver: 'bridge',
    scope: 'local',
    created: 100,
    internal: false,
    attachable: false,
    ipv6: false,
    subnets: [{ subnet: '172.18.0.0/16', gateway: '172.18.0.1' }],
    labels: {},
    predefined: false,
    ownedBecause: null,
    containers: [],
    ...patch,
  });
  const all = [
    network('bridge', { predefined: true, subnets: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1' }] }),
    network('host', { predefined: true, driver: 'host', subnets: [] }),
    network('none', { predefined: true, driver: 'null', subnets: [] }),
    network('backend', { subnets: [{ subnet: '10.9.0.0/24', gateway: null }], containers: [{ id: 'a', name: 'api', state: 'running', ipv4Address: '10.9.0.2', ipv6Address: null }] }),
  ];

  test('sorted by subnet, the networks without one last either way; searched by container', () => {
    const bySubnet = (direction: 'asc' | 'desc') => buildNetworkView(all, '', { key: 'subnet', direction }).map((n) => n.name);
    assert.deepEqual(bySubnet('asc'), ['backend', 'bridge', 'host', 'none']);
    assert.deepEqual(bySubnet('desc'), ['bridge', 'backend', 'host', 'none']);
    assert.deepEqual(buildNetworkView(all, 'API', { key: 'name', direction: 'asc' }).map((n) => n.name), ['backend']);
    assert.deepEqual(nextNetworkSort({ key: 'name', direction: 'asc' }, 'containers'), { key: 'containers', direction: 'desc' });
  });

  test('members follow the live containers list; host and none cannot be joined', async () => {
    const t = await testT('networks');
    const live = new Map([['a', { name: 'api', state: 'exited' as const }]]);
    assert.equal(currentMembers(all[3]!, live)[0]?.state, 'exited');
    assert.match(connectRefusal(all[1]!, t) ?? '', /--network host/);
    assert.match(connectRefusal(all[2]!, t) ?? '', /--network none/);
    assert.equal(connectRefusal(all[0]!, t), null);
  });

  test('create: the contract’s checks (a gateway needs a subnet and must lie inside it, CIDR form) keyed by field', async () => {
    const t = await testT('networks');
    const check = (patch: Partial<ReturnType<typeof emptyCreateNetworkForm>>) => checkCreateNetwork({ ...emptyCreateNetworkForm(), name: 'net', ...patch }, t);
    assert.equal(check({}).issues.size, 0);
    assert.deepEqual(check({ subnet: '10.1.0.0/24', gateway: '10.1.0.1', internal: true }).input, {
      name: 'net',
      driver: 'bridge',
      subnet: '10.1.0.0/24',
      gateway: '10.1.0.1',
      internal: true,
      attachable: false,
    });
    assert.equal(check({ gateway: '10.1.0.1' }).issues.get('gateway'), 'a gateway needs a subnet');
    assert.equal(check({ subnet: '10.1.0.0/24', gateway: '10.2.0.1' }).issues.get('gateway'), 'the gateway must lie inside the subnet');
    assert.match(check({ subnet: '10.1.0.0/33' }).issues.get('subnet') ?? '', /CIDR/);
    assert.equal(check({ name: '' }).issues.get('name'), 'a network name is required');
  });

  test('connect: a container is required, an address is checked, aliases split on spaces and commas', async () => {
    const t = await testT('networks');
    assert.equal(checkConnect('net', { container: '', ipv4Address: '', aliases: '' }, t).issues.get('container'), 'choose a container');
    assert.match(checkConnect('net', { container: 'web', ipv4Address: '10.0.0.999', aliases: '' }, t).issues.get('ipv4Address') ?? '', /IPv4/);
    assert.deepEqual(checkConnect('net', { container: 'web', ipv4Address: '', aliases: 'db, cache  x' }, t).input, { network: 'net', container: 'web', aliases: ['db', 'cache', 'x'] });
  });
});

describe('bursts', () => {
  test('one call per burst: after the burst goes quiet, or at the latest maxWait after it began', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let calls = 0;
      const burst = createBurst(() => calls++, 100, 1000);
      for (let i = 0; i < 5; i++) {
        burst.trigger();
        mock.timers.tick(50);
      }
      assert.equal(calls, 0, 'still bursting');
      mock.timers.tick(100);
      assert.equal(calls, 1, 'one call once quiet');
      mock.timers.tick(5000);
      assert.equal(calls, 1, 'and no more');

      // A stream of events that never goes quiet still refreshes every maxWait.
      for (let i = 0; i < 25; i++) {
        burst.trigger();
        mock.timers.tick(90);
      }
      assert.equal(calls, 3);
      burst.dispose();
      mock.timers.tick(5000);
      burst.trigger();
      mock.timers.tick(5000);
      assert.equal(calls, 3, 'nothing after dispose');
    } finally {
      mock.timers.reset();
    }
  });
});

describe('container mounts', () => {
  test('volumes first with their names (anonymous ones told apart), binds by host path, read-only said', () => {
    const rows = mountRows({
      Mounts: [
        { Type: 'bind', Source: '/srv/www', Destination: '/www', RW: false },
        { Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/data', RW: true },
        { Type: 'volume', Name: hex('c'), Source: '/x', Destination: '/cache', RW: true },
      ],
    });
    assert.deepEqual(rows, [
      { type: 'volume', source: hex('c'), volume: hex('c'), anonymous: true, destination: '/cache', readOnly: false },
      { type: 'volume', source: 'data', volume: 'data', anonymous: false, destination: '/data', readOnly: false },
      { type: 'bind', source: '/srv/www', volume: null, anonymous: false, destination: '/www', readOnly: true },
    ]);
    assert.deepEqual(mountRows({}), []);
    assert.deepEqual(mountRows(undefined), []);
  });
});

test('a network of the engine or the swarm is said as what it is for, not as "predefined"', async () => {
  const t = await testT('networks');
  assert.equal(
    ownedWords({ name: 'ingress', ownedBecause: 'routing-mesh' }, t),
    'ingress is the swarm’s routing mesh: every port a swarm service publishes goes through it. The engine needs it, so Berth never removes or prunes it.',
  );
  assert.match(ownedWords({ name: 'bridge', ownedBecause: 'predefined' }, t), /^bridge is a pre-defined network of the engine\. /);
});
