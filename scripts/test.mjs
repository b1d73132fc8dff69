// `npm test`: sets up the test environment, then lint, typecheck, build, API docs check, and the unit,
// integration, fuzz and end-to-end suites. Ends with one line: "summary: N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`
const wanted = (step) => only.length === 0 || only.includes(step);

// The environment scripts/test-env.sh starts (BERTH_TEST_INSTANCE picks one beside the default, see there).
const instance = Number(process.env.BERTH_TEST_INSTANCE ?? 0);
const testDir = process.env.BERTH_TEST_DIR ?? (instance ? `/tmp/berth-test-${instance}` : '/tmp/berth-test');
process.env.BERTH_TEST_ENV ??= path.join(testDir, 'env.json');

// Tests never touch the user's own Berth data.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-test-data-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env } });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

/**
 * How each suite runs. Unit tests never touch the engine: all at once. Integration files share one engine but
 * make and name their own things, so two run side by side — except those that stop the engine on purpose,
 * which run alone afterwards. End-to-end files each drive a Chromium and a web shell: one at a time.
 */
const plans = {
  unit: { concurrency: os.availableParallelism(), alone: [] },
  integration: { concurrency: 2, alone: ['connection.test.ts'] },
  e2e: { concurrency: 1, alone: [] },
  // One file that drives the built web shell with a fixed seed: alone, so that its RSS and engine checks see only it.
  fuzz: { concurrency: 1, alone: [] },
};

/**
 * The suites that run on both engines (test/support/env.ts: BERTH_TEST_ENGINE), and the files not yet run on
 * Podman (issue 17 is open until this list is empty): each of these still fails there for a reason of its own,
 * and is run on Docker only meanwhile — said here and in the README, never counted as passed on Podman.
 */
const bothEngines = ['integration'];
const notYetOnPodman = new Set([
  // Podman's commit pauses the container without a pause or unpause event.
  'integration/container-files.test.ts',
  // Podman's history names layer ids where dockerd names the image's.
  'integration/images-build.test.ts',
  // Podman lists a digest under every name an image has, pushed or not: "a registry holds it" (rows' digests,
  // untag results, Recently removed images) cannot be read from RepoDigests there yet.
  'integration/images-registry.test.ts',
  'integration/images.test.ts',
  'integration/recreate.test.ts',
  // A commit's layer differs from `docker diff` on Podman; its export over ssh names layer files Berth misses.
  'integration/layers.test.ts',
  // Restoring a removed container's fields and the volume-prune preview differ on Podman: not looked into yet.
  'integration/trash.test.ts',
  // The whole-volume download on Podman: not looked into yet.
  'integration/volume-files.test.ts',
]);

function suite(name, engine = 'docker') {
  const dir = path.join(root, 'test', name);
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => engine === 'docker' || !notYetOnPodman.has(`${name}/${file}`))
    .sort();
  if (files.length === 0) {
    console.log(`\n── ${name}: no test files ──`);
    failed++;
    failures.push(`${name} (no tests)`);
    return;
  }
  const plan = plans[name];
  const shared = files.filter((file) => !plan.alone.includes(path.basename(file)));
  const alone = files.filter((file) => plan.alone.includes(path.basename(file)));
  const started = Date.now();
  const on = bothEngines.includes(name) ? ` on ${engine}` : '';
  const groups = [
    { files: shared, concurrency: plan.concurrency, title: `${name} tests${on} (${shared.length} files, ${plan.concurrency} at a time)` },
    { files: alone, concurrency: 1, title: `${name} tests${on} that stop the engine (${alone.length} files, alone)` },
  ].filter((group) => group.files.length > 0);
  for (const group of groups) runFiles(name, group, engine);
  console.log(`${name}${on}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function runFiles(name, { files, concurrency, title }, engine) {
  const tap = path.join(os.tmpdir(), `berth-${name}-${process.pid}-${Date.now()}.tap`);
  const ok = run(title, process.execPath, [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    // A test that hangs (an engine that never answers the way a test waits for) fails instead of holding CI.
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files.map((file) => path.join(root, 'test', name, file)),
  ], { env: { BERTH_VALIDATE_OUTPUTS: '1', BERTH_DATA_DIR: dataDir, BERTH_TEST_ENGINE: engine } });
  const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
  fs.rmSync(tap, { force: true });
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + count('cancelled');
  skipped += count('skipped') + count('todo');
  if (!ok) {
    failures.push(title);
    // A crash before any test ran still has to show as a failure.
    if (count('fail') + count('cancelled') === 0) failed++;
  }
}

// A fresh engine, registries and credential store every run: no suite may depend on what an earlier run left.
if (wanted('env')) check('test environment (a fresh engine, registries, fixtures)', 'bash', ['scripts/test-env.sh', 'fresh']);
if (wanted('lint')) {
  check('lint', bin('eslint'), ['.']);
  check('no import circles', bin('tsx'), ['scripts/check-import-circles.ts']);
}
if (wanted('typecheck')) {
  check('typecheck (main, shared, tests)', bin('tsc'), ['-p', 'tsconfig.json']);
  check('typecheck (renderer)', bin('tsc'), ['-p', 'renderer/tsconfig.json']);
}
if (wanted('build')) {
  check('build', process.execPath, ['scripts/build.mjs']);
  check('initial renderer JS within its budget', process.execPath, ['scripts/bundle-size.mjs', '--check']);
}
if (wanted('docs')) check('docs/api.md matches the contract', bin('tsx'), ['scripts/gen-api-docs.ts', '--check']);
for (const name of ['unit', 'integration', 'fuzz', 'e2e']) if (wanted(name)) suite(name);
// The same integration tests against Podman's API service (`npm test -- podman` runs these alone).
if (wanted('integration') || only.includes('podman')) suite('integration', 'podman');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
if (skipped) console.log(`Skipped tests (counted as failures, nothing may be skipped): ${skipped}`);
console.log(`\nsummary: ${passed} passed, ${failed + skipped} failed`);
process.exit(failed + skipped === 0 ? 0 : 1);
