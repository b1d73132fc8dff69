import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const config = require(path.join(root, 'build', 'electron-builder.config.cjs')) as {
  appId: string;
  files: string[];
  icon: string;
  extraMetadata: { main: string };
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
  electronFuses: Record<string, boolean>;
};

test('the electron-builder configuration passes electron-builder’s own schema', async () => {
  // electron-builder validates with this function before any build; it throws on an unknown or misplaced option.
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  await validateConfiguration(config, { isEnabled: false, add() {} });
  await assert.rejects(validateConfiguration({ ...config, linux: { ...config.linux, targett: 'AppImage' } }, { isEnabled: false, add() {} }));
});

test('it builds AppImage, deb, dmg and nsis, with an app id, and everything it names exists', () => {
  assert.deepEqual([config.linux.target, config.mac.target, config.win.target], [['AppImage', 'deb'], ['dmg'], ['nsis']]);
  assert.match(config.appId, /^[a-z]+(\.[a-z]+)+$/);
  const icon = fs.readFileSync(path.join(root, config.icon));
  assert.equal(icon.readUInt32BE(16), 512, 'a 512×512 PNG app icon (electron-builder derives .icns and .ico from it)');
  for (const state of ['running', 'starting', 'stopped', 'error']) assert.ok(fs.existsSync(path.join(root, 'build', 'icons', `tray-${state}.png`)));
  assert.equal(config.extraMetadata.main, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).main);
  assert.ok(config.files.includes('dist/**/*') && config.files.includes('build/icons/**'));
});

test('Electron’s fuses are set: no running as Node, no NODE_OPTIONS or --inspect, only its own checked asar, encrypted cookies', () => {
  assert.deepEqual(config.electronFuses, {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});
