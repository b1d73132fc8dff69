import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeTabs, containerTabs, formatRoute, imageTabs, parseRoute, routes, sectionOf, sections, volumeTabs, type Route } from '../../shared/routes.js';

/** One of every kind of route, with the awkward values links carry: slashes, spaces, %, unicode, colons. */
const samples: Route[] = [
  { page: 'containers' },
  { page: 'container', id: 'abc123' },
  ...containerTabs.map((tab): Route => ({ page: 'container', id: 'web-1', tab })),
  { page: 'container', id: 'web 1/%x', tab: 'terminal', attach: true },
  { page: 'compose' },
  { page: 'compose', open: true },
  { page: 'composeProject', id: 'a1b2c3' },
  ...composeTabs.map((tab): Route => ({ page: 'composeProject', id: 'p-1 %/x', tab })),
  { page: 'images' },
  { page: 'image', id: 'sha256:0123abcd' },
  ...imageTabs.map((tab): Route => ({ page: 'image', id: 'sha256:0123abcd', tab })),
  { page: 'volumes' },
  { page: 'volume', name: 'data' },
  ...volumeTabs.map((tab): Route => ({ page: 'volume', name: 'données #1', tab })),
  { page: 'networks' },
  { page: 'network', ref: 'my-net' },
  { page: 'registries' },
  { page: 'registries', login: true },
  { page: 'registries', login: true, registry: '127.0.0.1:5000' },
  { page: 'registry', registry: 'docker.io' },
  { page: 'repository', registry: '127.0.0.1:5000', repository: 'team/app' },
  { page: 'repository', registry: 'docker.io', repository: 'library/busybox' },
  { page: 'engine' },
  { page: 'settings' },
];

describe('routes', () => {
  test('every route survives formatting and parsing unchanged', () => {
    for (const route of samples) {
      const hash = formatRoute(route);
      assert.match(hash, /^#\//);
      assert.deepEqual(parseRoute(hash), route, hash);
      assert.equal(formatRoute(parseRoute(hash)), hash);
    }
  });

  test('the builders write the addresses the pages have always had', () => {
    assert.equal(routes.containers(), '#/containers');
    assert.equal(routes.container('abc', { tab: 'logs' }), '#/containers/abc?tab=logs');
    assert.equal(routes.container('abc', { tab: 'terminal', attach: true }), '#/containers/abc?tab=terminal&attach=1');
    assert.equal(routes.image('sha256:1', { tab: 'history' }), '#/images/sha256%3A1?tab=history');
    assert.equal(routes.repository('127.0.0.1:5000', 'team/app'), '#/registries/127.0.0.1%3A5000/team%2Fapp');
    assert.equal(routes.registries({ login: true }), '#/registries?login=1');
    assert.equal(routes.registries({ registry: 'ignored-without-login' }), '#/registries');
    assert.equal(routes.compose(), '#/compose');
    assert.equal(routes.compose({ open: true }), '#/compose?open=1');
    assert.equal(routes.composeProject('abc', { tab: 'editor' }), '#/compose/abc?tab=editor');
    assert.equal(routes.composeProject('a/b'), '#/compose/a%2Fb');
  });

  test('addresses typed by hand are read the forgiving way', () => {
    assert.deepEqual(parseRoute(''), { page: 'containers' });
    assert.deepEqual(parseRoute('#'), { page: 'containers' });
    assert.deepEqual(parseRoute('#/nowhere/x'), { page: 'containers' });
    // An unknown tab is the page's default one.
    assert.deepEqual(parseRoute('#/containers/abc?tab=bogus'), { page: 'container', id: 'abc' });
    // A repository written with plain slashes, as links made before did.
    assert.deepEqual(parseRoute('#/registries/host:5000/team/app'), { page: 'repository', registry: 'host:5000', repository: 'team/app' });
    // A % that is no escape sequence is kept as it was typed, not an error.
    assert.deepEqual(parseRoute('#/volumes/50%zz'), { page: 'volume', name: '50%zz' });
    assert.deepEqual(parseRoute('#containers/abc'), { page: 'container', id: 'abc' });
    assert.deepEqual(parseRoute('#/compose/abc?tab=bogus'), { page: 'composeProject', id: 'abc' });
    assert.deepEqual(parseRoute('#/compose/abc?tab=logs&line=3'), { page: 'composeProject', id: 'abc', tab: 'logs' });
  });

  test('each route belongs to one section of the side navigation', () => {
    const ids = sections.map((s) => s.id);
    for (const route of samples) assert.ok(ids.includes(sectionOf(route)), route.page);
    assert.equal(sectionOf({ page: 'repository', registry: 'r', repository: 'x' }), 'registries');
    assert.equal(sectionOf({ page: 'composeProject', id: 'x', tab: 'logs' }), 'compose');
    // Compose comes right after the containers in the side navigation.
    assert.deepEqual(ids.slice(0, 3), ['containers', 'compose', 'images']);
    for (const section of ids) assert.equal(sectionOf(parseRoute(routes.section(section))), section);
  });
});
