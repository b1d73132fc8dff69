// Compose projects opened from files: finding the files of a folder, the project's name and id, refusals, and
// reading, checking and saving through the handlers (plain files in temp folders; no engine).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { BerthError, contract, type CallName, type InputOf, type OutputOf } from '../../shared/contract/index.js';
import { composeFileHandlers } from '../../electron/services/compose/files-handlers.js';
import { ComposeProjects, normaliseProjectName } from '../../electron/services/compose/projects.js';
import { SettingsStore } from '../../electron/services/settings/store.js';

const SERVICE = 'services:\n  web:\n    image: berth-fixture/busybox:latest\n';

function tempDir(name = 'app'): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'berth-compose-')), name);
  fs.mkdirSync(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

function setup() {
  const settings = new SettingsStore(fs.mkdtempSync(path.join(os.tmpdir(), 'berth-settings-')));
  const projects = new ComposeProjects(settings);
  const handlers = composeFileHandlers(projects);
  /** Runs a handler as the router would: input through the contract's schema, output checked against it. */
  async function run<K extends FileOp>(op: K, input: InputOf<K>): Promise<OutputOf<K>> {
    const handler = handlers[op] as (input: unknown, signal: AbortSignal) => Promise<OutputOf<K>>;
    const output = await handler(contract[op].input.parse(input), new AbortController().signal);
    return contract[op].output.parse(output) as OutputOf<K>;
  }
  return { settings, projects, run };
}
type FileOp = Extract<CallName, `compose.files.${'list' | 'open' | 'close' | 'read' | 'check' | 'save'}`>;

function refusal(action: () => unknown, code: string, message: RegExp): BerthError {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof BerthError, String(error));
    assert.equal(error.code, code, error.message);
    assert.match(error.message, message);
    return error;
  }
  assert.fail('it should have been refused');
}

async function refusedAsync(action: Promise<unknown>, code: string, message: RegExp): Promise<BerthError> {
  const error = await action.then(
    () => assert.fail('it should have been refused'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof BerthError, String(error));
  assert.equal(error.code, code, error.message);
  assert.match(error.message, message);
  return error;
}

describe('compose projects: finding the files', () => {
  test('a folder: compose.yaml first, in compose order, with its override and .env', () => {
    const dir = tempDir();
    write(dir, { 'docker-compose.yml': SERVICE, 'compose.yml': SERVICE, 'compose.yaml': SERVICE, 'compose.override.yml': SERVICE, 'docker-compose.override.yml': SERVICE, '.env': 'A=1\n' });
    const project = setup().projects.open(dir);
    assert.deepEqual(project.files, [path.join(dir, 'compose.yaml'), path.join(dir, 'compose.override.yml')]);
    assert.equal(project.dir, dir);
    assert.equal(project.envFile, path.join(dir, '.env'));
  });

  test('each name in its turn, and the override of its own family (same extension first)', () => {
    const cases: [present: string[], files: string[]][] = [
      [['compose.yml', 'docker-compose.yml'], ['compose.yml']],
      [['docker-compose.yml', 'docker-compose.yaml', 'docker-compose.override.yaml', 'docker-compose.override.yml'], ['docker-compose.yml', 'docker-compose.override.yml']],
      [['docker-compose.yaml', 'docker-compose.override.yml', 'compose.override.yaml'], ['docker-compose.yaml', 'docker-compose.override.yml']],
      [['compose.yaml', 'compose.override.yml'], ['compose.yaml', 'compose.override.yml']],
      [['compose.yaml', 'docker-compose.override.yml'], ['compose.yaml']],
    ];
    for (const [present, files] of cases) {
      const dir = tempDir();
      write(dir, Object.fromEntries(present.map((name) => [name, SERVICE])));
      const project = setup().projects.open(dir);
      assert.deepEqual(project.files, files.map((f) => path.join(dir, f)), present.join(' '));
      assert.equal(project.envFile, null);
    }
  });

  test('a file: that file, with its override sibling only when it has a standard name', () => {
    const dir = tempDir();
    write(dir, { 'docker-compose.yml': SERVICE, 'docker-compose.override.yml': SERVICE, 'stack.yaml': SERVICE, 'compose.override.yaml': SERVICE });
    const { projects } = setup();
    assert.deepEqual(projects.open(path.join(dir, 'docker-compose.yml')).files, [path.join(dir, 'docker-compose.yml'), path.join(dir, 'docker-compose.override.yml')]);
    assert.deepEqual(projects.open(path.join(dir, 'stack.yaml')).files, [path.join(dir, 'stack.yaml')]);
  });

  test('a path that does not exist, and a folder without a compose file, are NOT_FOUND naming what was looked for', () => {
    const { projects } = setup();
    const dir = tempDir();
    refusal(() => projects.open(path.join(dir, 'nope')), 'NOT_FOUND', /nope does not exist/);
    refusal(() => projects.open(path.join(dir, 'nope', 'compose.yaml')), 'NOT_FOUND', /does not exist/);
    write(dir, { 'README.md': '# hi\n' });
    refusal(() => projects.open(dir), 'NOT_FOUND', /holds no compose file \(looked for compose\.yaml, compose\.yml, docker-compose\.yml, docker-compose\.yaml\)/);
  });
});

describe('compose projects: names, ids, refusals', () => {
  test('the name: `name:` of the main file (variables substituted), else the folder name normalised as compose does', () => {
    assert.equal(normaliseProjectName('My App.v2'), 'myappv2');
    assert.equal(normaliseProjectName('__-Shop_Front-1'), 'shop_front-1');
    assert.equal(normaliseProjectName('Ünïcode Ørg'), 'ncoderg', 'letters outside a-z are dropped, as compose drops them');
    assert.equal(normaliseProjectName('...'), 'default');
    const { projects } = setup();
    const plain = tempDir('My Shop.Front_2');
    write(plain, { 'compose.yaml': SERVICE });
    assert.equal(projects.open(plain).name, 'myshopfront_2');
    const named = tempDir('whatever');
    write(named, { 'compose.yaml': `name: \${STACK:-Billing}\n${SERVICE}`, '.env': 'UNRELATED=1\n' });
    assert.equal(projects.open(named).name, 'billing');
  });

  test('opening again returns the same project (same id), also through the file; settings keep it across restarts', () => {
    const dir = tempDir();
    write(dir, { 'compose.yaml': SERVICE });
    const { projects, settings } = setup();
    const first = projects.open(dir);
    assert.match(first.id, /^[0-9a-f]{16}$/);
    assert.deepEqual(projects.open(dir), first);
    assert.deepEqual(projects.open(path.join(dir, 'compose.yaml')), first);
    assert.equal(projects.list().length, 1);
    const again = new ComposeProjects(new SettingsStore(path.dirname(settings.file)));
    assert.deepEqual(again.list(), [first]);
    assert.deepEqual(again.get(first.id), first);
    again.close(first.id);
    assert.deepEqual(again.list(), []);
    refusal(() => again.get(first.id), 'NOT_FOUND', /No compose project with the id/);
    refusal(() => again.close(first.id), 'NOT_FOUND', /No compose project/);
  });

  test('a file whose top level is not a mapping, or that is not YAML at all, is refused with its line and column', () => {
    const { projects } = setup();
    const dir = tempDir();
    write(dir, { 'list.yaml': '# a list\n- web\n- db\n', 'words.yaml': 'hello world\nfoo: bar\n', 'braces.yaml': 'services:\n  {{{\n' });
    const list = refusal(() => projects.open(path.join(dir, 'list.yaml')), 'INVALID_INPUT', /list\.yaml is not a compose file: line 2, column 1: its top level is not a mapping/);
    assert.deepEqual(list.details, { line: 2, column: 1 });
    const words = refusal(() => projects.open(path.join(dir, 'words.yaml')), 'INVALID_INPUT', /words\.yaml is not a compose file: line 1, column 1: /);
    assert.deepEqual(words.details, { line: 1, column: 1 });
    assert.equal(projects.list().length, 0, 'nothing refused is remembered');
  });

  test('a compose file with mistakes still opens (the editor shows them): schema, variables, even a YAML error', () => {
    const { projects } = setup();
    for (const text of [`${SERVICE}    portz: [1]\n`, `${SERVICE}    environment: [TOKEN=\${TOKEN}]\n`, `${SERVICE}    ports: ["80:80"\n`, '']) {
      const dir = tempDir();
      write(dir, { 'compose.yaml': text });
      assert.ok(projects.open(dir).id, JSON.stringify(text));
    }
  });
});

describe('compose files: read, check, save', () => {
  function project(files: Record<string, string>) {
    const dir = tempDir();
    write(dir, files);
    const env = setup();
    return { dir, ...env, opened: env.projects.open(dir) };
  }

  test('read: the texts with their mtimes and the check of the files on disk', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE, 'compose.override.yaml': 'services:\n  web:\n    portz: [1]\n' });
    const read = await run('compose.files.read', { id: opened.id });
    assert.deepEqual(read.project, opened);
    assert.deepEqual(read.files.map((f) => [f.path, f.text]), [[path.join(dir, 'compose.yaml'), SERVICE], [path.join(dir, 'compose.override.yaml'), 'services:\n  web:\n    portz: [1]\n']]);
    assert.equal(read.files[0]!.mtimeMs, fs.statSync(path.join(dir, 'compose.yaml')).mtimeMs);
    assert.equal(read.model, null);
    assert.deepEqual(read.diagnostics.map((d) => [path.basename(d.file), d.code, d.line, d.column]), [['compose.override.yaml', 'schema-unknown-key', 3, 5]]);
    assert.deepEqual((await run('compose.files.list', {})).projects, [opened]);
  });

  test('read: a file that vanished is a file-missing diagnostic, shown empty with mtime 0', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE, 'compose.override.yaml': SERVICE });
    fs.rmSync(path.join(dir, 'compose.override.yaml'));
    const read = await run('compose.files.read', { id: opened.id });
    assert.deepEqual(read.files[1], { path: path.join(dir, 'compose.override.yaml'), text: '', mtimeMs: 0 });
    assert.deepEqual(read.diagnostics.map((d) => [path.basename(d.file), d.code]), [['compose.override.yaml', 'file-missing']]);
  });

  test('check: an unsaved text in place of one file, with .env; only the project’s files', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE, '.env': 'PORT=8080\n' });
    const file = path.join(dir, 'compose.yaml');
    const good = await run('compose.files.check', { id: opened.id, path: file, text: `${SERVICE}    ports: ["\${PORT}:80"]\n` });
    assert.deepEqual(good.diagnostics, []);
    assert.deepEqual(good.model?.services[0]?.ports, ['8080:80']);
    const bad = await run('compose.files.check', { id: opened.id, path: file, text: `${SERVICE}    ports: ["\${HOST_PORT}:80"]\n` });
    assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.line, d.column, d.params.variable]), [['variable-unset', 4, 13, 'HOST_PORT']]);
    await refusedAsync(run('compose.files.check', { id: opened.id, path: path.join(dir, 'other.yaml'), text: SERVICE }), 'FORBIDDEN', /other\.yaml is not one of the files of the compose project app/);
    await refusedAsync(run('compose.files.read', { id: 'unknown' }), 'NOT_FOUND', /unknown/);
  });

  test('save: atomic, the previous version kept as .bak, the mode kept, a work-in-progress text allowed', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE });
    const file = path.join(dir, 'compose.yaml');
    fs.chmodSync(file, 0o640);
    const { files } = await run('compose.files.read', { id: opened.id });
    const draft = `${SERVICE}    ports: ["80:80"\n`; // not valid YAML yet: saving is allowed
    const saved = await run('compose.files.save', { id: opened.id, path: file, text: draft, baseMtimeMs: files[0]!.mtimeMs });
    assert.equal(fs.readFileSync(file, 'utf8'), draft);
    assert.equal(saved.backupPath, `${file}.bak`);
    assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), SERVICE);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(saved.mtimeMs, fs.statSync(file).mtimeMs);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['compose.yaml', 'compose.yaml.bak'], 'no temp file is left behind');
    // The next save is based on the mtime the last one returned.
    await run('compose.files.save', { id: opened.id, path: file, text: SERVICE, baseMtimeMs: saved.mtimeMs });
    assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), draft);
  });

  test('save: CONFLICT when the file changed on disk since it was read, and nothing is written', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE });
    const file = path.join(dir, 'compose.yaml');
    const { files } = await run('compose.files.read', { id: opened.id });
    fs.writeFileSync(file, `${SERVICE}# edited elsewhere\n`);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const conflict = await refusedAsync(
      run('compose.files.save', { id: opened.id, path: file, text: 'services: {}\n', baseMtimeMs: files[0]!.mtimeMs }),
      'CONFLICT',
      /compose\.yaml changed on disk since Berth read it/,
    );
    assert.deepEqual(conflict.details, { changedOnDisk: true });
    assert.equal(fs.readFileSync(file, 'utf8'), `${SERVICE}# edited elsewhere\n`);
    assert.equal(fs.existsSync(`${file}.bak`), false);
  });

  test('save: a path outside the project is FORBIDDEN; a text over 2 MB is refused', async () => {
    const { dir, opened, run } = project({ 'compose.yaml': SERVICE });
    const outside = path.join(path.dirname(dir), 'evil.yaml');
    await refusedAsync(run('compose.files.save', { id: opened.id, path: outside, text: SERVICE, baseMtimeMs: 0 }), 'FORBIDDEN', /evil\.yaml is not one of the files/);
    assert.equal(fs.existsSync(outside), false);
    const file = path.join(dir, 'compose.yaml');
    const big = `# ${'é'.repeat(1_100_000)}\n`; // under the contract's 2,000,000 characters, over 2 MB as UTF-8
    await refusedAsync(run('compose.files.save', { id: opened.id, path: file, text: big, baseMtimeMs: fs.statSync(file).mtimeMs }), 'INVALID_INPUT', /larger than 2 MB/);
    assert.equal(fs.readFileSync(file, 'utf8'), SERVICE);
  });

  test('save: a file that vanished is written anew from mtime 0; the name follows an edited `name:`', async () => {
    const { dir, opened, run, projects } = project({ 'compose.yaml': SERVICE });
    const file = path.join(dir, 'compose.yaml');
    fs.rmSync(file);
    const saved = await run('compose.files.save', { id: opened.id, path: file, text: `name: Renamed\n${SERVICE}`, baseMtimeMs: 0 });
    assert.equal(saved.backupPath, null);
    assert.equal(fs.readFileSync(file, 'utf8'), `name: Renamed\n${SERVICE}`);
    assert.equal(projects.get(opened.id).name, 'renamed');
    fs.writeFileSync(file, `name: edited-elsewhere\n${SERVICE}`);
    assert.equal((await run('compose.files.read', { id: opened.id })).project.name, 'edited-elsewhere');
    assert.equal(projects.refreshName(opened.id).name, 'edited-elsewhere');
    assert.equal(projects.list()[0]!.name, 'edited-elsewhere', 'the new name is remembered');
  });
});
