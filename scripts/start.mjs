// `npm start`: Electron where it can run; otherwise (no Electron binary, no display) the web shell, with its URL.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package's main export is the path of its binary, and it throws when the download failed.
    return require('electron');
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function run(command, args, onEarlyFailure) {
  const startedAt = Date.now();
  const child = spawn(command, args, { stdio: 'inherit', cwd: root });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  child.on('error', (error) => onEarlyFailure?.(error.message));
  child.on('exit', (code, signal) => {
    // An Electron that dies at once (missing libraries, no GPU, a broken install) gets the web shell instead.
    if (onEarlyFailure && code !== 0 && !signal && Date.now() - startedAt < 5000) {
      for (const s of ['SIGINT', 'SIGTERM']) process.off(s, forward);
      onEarlyFailure(`exit code ${code}`);
    } else process.exit(code ?? 0);
  });
}

const webShell = () => run(process.execPath, [path.join(root, 'dist/electron/web.cjs'), ...process.argv.slice(2)]);
const binary = electronBinary();
const reason = typeof binary !== 'string' ? `Electron is not available (${binary.missing})` : !hasDisplay() ? 'there is no display' : null;
if (reason) {
  console.warn(`[berth] ${reason}: starting the web shell instead.`);
  webShell();
} else {
  run(binary, [root, ...process.argv.slice(2)], (why) => {
    console.warn(`[berth] Electron failed to start (${why}): starting the web shell instead.`);
    webShell();
  });
}
