import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkDecision, permissionAllowed } from '../../electron/shell/web-policy.js';

const isAppUrl = (url: string | undefined) => url?.startsWith('berth://app/') ?? false;

test('permissions: only clipboard writes, and only for Berth’s own page', () => {
  assert.equal(permissionAllowed('clipboard-sanitized-write', 'berth://app/index.html', isAppUrl), true);
  assert.equal(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/', isAppUrl), false);
  for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'usb', 'clipboard-read', 'openExternal', 'fullscreen']) {
    assert.equal(permissionAllowed(permission, 'berth://app/index.html', isAppUrl), false, permission);
  }
});

test('links: trusted hosts open, others are asked about, anything but plain https is refused', () => {
  assert.deepEqual(linkDecision('https://docs.docker.com/engine/'), { action: 'open', url: 'https://docs.docker.com/engine/' });
  assert.deepEqual(linkDecision('https://example.org/x'), { action: 'ask', url: 'https://example.org/x', host: 'example.org' });
  assert.deepEqual(linkDecision('https://docs.docker.com.evil.example/'), { action: 'ask', url: 'https://docs.docker.com.evil.example/', host: 'docs.docker.com.evil.example' });
  for (const url of ['http://docs.docker.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://docs.docker.com@evil.example/', 'https://u:p@github.com/', 'not a url']) {
    assert.deepEqual(linkDecision(url), { action: 'refuse' }, url);
  }
});
