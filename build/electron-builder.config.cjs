// electron-builder's configuration, `npm run package`. The Electron binary cannot be downloaded on this
// project's build machines, so packages are made on developer machines and release CI; here the
// configuration is validated by test/unit/packaging.test.ts against electron-builder's own schema.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'dev.berth.app',
  productName: 'Berth',
  copyright: 'Copyright © 2026 Berth developers',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', 'package.json', 'build/icons/**', '!**/*.map'],
  extraMetadata: { main: 'dist/electron/main.cjs' },
  asar: true,
  // Electron's fuses, flipped in the packaged binary: it cannot be run as plain Node (ELECTRON_RUN_AS_NODE) or
  // be given NODE_OPTIONS or --inspect, it loads only its own asar, checked against the hash in the binary,
  // and its cookies are encrypted at rest.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  icon: 'build/icons/icon.png',
  linux: {
    category: 'Development',
    target: ['AppImage', 'deb'],
    maintainer: 'Berth developers <berth@localhost>',
    synopsis: 'A desktop container manager',
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libsecret-1-0'] },
  mac: { category: 'public.app-category.developer-tools', target: ['dmg'], hardenedRuntime: true },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false },
};
