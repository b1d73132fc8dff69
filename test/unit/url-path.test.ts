import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeUrlPath, parseRequestTarget } from '../../electron/util/url-path.js';

// One decode for the web shell's static files and Electron's berth:// handler (which cannot run here).
describe('request path decoding never throws', () => {
  test('malformed percent sequences and NUL are null, not an exception', () => {
    for (const bad of ['/%zz', '/assets/%', '/%E0%A4%A', '/%c0%ae', '/%', '/a%00b']) assert.equal(decodeUrlPath(bad), null, bad);
  });
  test('well-formed paths decode', () => {
    assert.equal(decodeUrlPath('/assets/caf%C3%A9.js'), '/assets/café.js');
    assert.equal(decodeUrlPath('/index.html'), '/index.html');
  });
  test('a request target that is no URL is null', () => {
    assert.equal(parseRequestTarget('http://[::1'), null);
    assert.equal(parseRequestTarget('/api?token=x')?.pathname, '/api');
  });
});
