// The run dialog's image and network pickers: what they offer and what they say of a typed value (pure rules).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImageSummary } from '../../shared/contract/images.js';
import type { NetworkSummary } from '../../shared/contract/networks.js';
import { findLocalImage, imageChoices } from '../../renderer/src/features/images/local-images.js';
import { networkChoices, networkNote } from '../../renderer/src/features/networks/network-choices.js';
import { testT } from '../support/i18n.js';

const digest = `sha256:${'d'.repeat(64)}`;
const image = (patch: Partial<ImageSummary>): ImageSummary => ({
  id: `sha256:${'a'.repeat(64)}`,
  repository: 'busybox',
  tag: 'latest',
  digest: null,
  created: 0,
  sizeBytes: 1_500_000,
  dangling: false,
  containers: [],
  labels: {},
  ...patch,
});
const images = [
  image({}),
  image({ id: `sha256:${'b'.repeat(64)}`, repository: '127.0.0.1:5555/team/web', tag: '1', digest }),
  image({ id: `sha256:${'c'.repeat(64)}`, repository: '<none>', tag: '<none>', dangling: true }),
];

describe('image picker', () => {
  test('offers every tag, sorted, and no untagged image', () => {
    assert.deepEqual(
      imageChoices(images).map((choice) => choice.name),
      ['127.0.0.1:5555/team/web:1', 'busybox:latest'],
    );
    assert.match(imageChoices(images)[0]?.note ?? '', /MB/);
  });
  test('finds an image the way the engine would resolve it for docker run', () => {
    assert.equal(findLocalImage('busybox', images)?.id, images[0]?.id, 'latest and Docker Hub filled in');
    assert.equal(findLocalImage('docker.io/library/busybox:latest', images)?.id, images[0]?.id);
    assert.equal(findLocalImage('127.0.0.1:5555/team/web:1', images)?.id, images[1]?.id);
    assert.equal(findLocalImage(`127.0.0.1:5555/team/web@${digest}`, images)?.id, images[1]?.id);
    assert.equal(findLocalImage('cccccc', images)?.id, images[2]?.id, 'an id prefix');
    assert.equal(findLocalImage('busybox:1.36', images), null, 'another tag is not here');
    assert.equal(findLocalImage('team/web:1', images), null, 'the same path on Docker Hub is another image');
    assert.equal(findLocalImage('Not A Ref', images), null);
    assert.equal(findLocalImage('', images), null);
  });
});

const network = (patch: Partial<NetworkSummary>): NetworkSummary => ({
  id: 'f'.repeat(64),
  name: 'bridge',
  driver: 'bridge',
  scope: 'local',
  created: 0,
  internal: false,
  attachable: false,
  ipv6: false,
  subnets: [],
  labels: {},
  predefined: true,
  ownedBecause: 'predefined',
  containers: [],
  ...patch,
});
const networks = [
  network({}),
  network({ name: 'host', driver: 'host' }),
  network({ id: '1'.repeat(64), name: 'web', predefined: false, ownedBecause: null }),
  network({ id: '2'.repeat(64), name: 'mesh', driver: 'overlay', scope: 'swarm', predefined: false, ownedBecause: null }),
  network({ id: '3'.repeat(64), name: 'shared', driver: 'overlay', scope: 'swarm', attachable: true, predefined: false, ownedBecause: null }),
];

describe('network picker', () => {
  test('offers the user’s networks first, then the engine’s, and no swarm network a container cannot join', () => {
    assert.deepEqual(
      networkChoices(networks).map((choice) => `${choice.name} (${choice.note})`),
      ['shared (overlay · swarm)', 'web (bridge · local)', 'bridge (bridge · local)', 'host (host · local)'],
    );
  });
  test('says what a typed network means, or that it is not there', async () => {
    const t = await testT('networks');
    assert.match(networkNote('', networks, t) ?? '', /default bridge/);
    assert.match(networkNote('web', networks, t) ?? '', /by name/);
    assert.match(networkNote('host', networks, t) ?? '', /no isolation/);
    assert.match(networkNote('container:db', networks, t) ?? '', /container db/);
    assert.match(networkNote('mesh', networks, t) ?? '', /not made attachable/);
    assert.match(networkNote('nope', networks, t) ?? '', /No network named nope/);
    assert.match(networkNote('1'.repeat(12), networks, t) ?? '', /by name/, 'a network id works as docker run takes it');
  });
});
