import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { packBuildContext } from '../../electron/services/images/build-context.js';
import type { TarEntry } from '../../electron/util/tar.js';
import { unpackAll } from '../support/tar.js';

const folders: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-context-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Every entry of the packed context, with the contents of files. */
async function unpack(archive: Readable): Promise<Map<string, TarEntry & { data: string }>> {
  return new Map((await unpackAll(archive)).map((entry) => [entry.name, { ...entry, data: entry.data.toString() }]));
}

after(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('build context packing', () => {
  test('.dockerignore as docker reads it: root-anchored names, wildcards, **, folders and ! exceptions', async () => {
    const dir = folder({
      Dockerfile: 'FROM x\n',
      '.dockerignore': '# a comment\nsecret.txt\n*.tmp\n**/*.log\nbuild\n!build/keep.txt\n/node_modules\n',
      'secret.txt': 's',
      'deep/secret.txt': 'only the top-level one is excluded',
      'a.tmp': 't',
      'deep/b.tmp': 'a wildcard without ** stays at the top',
      'x.log': 'l',
      'deep/er/y.log': 'l',
      'build/out.bin': 'b',
      'build/keep.txt': 'kept',
      'node_modules/m/index.js': 'm',
      'src/main.c': 'int main;',
    });
    const packed = await packBuildContext(dir, 'Dockerfile');
    const entries = await unpack(packed.archive);
    const files = [...entries.values()].filter((e) => e.type === 'file').map((e) => e.name).sort();
    assert.deepEqual(files, ['.dockerignore', 'Dockerfile', 'build/keep.txt', 'deep/b.tmp', 'deep/secret.txt', 'src/main.c']);
    assert.equal(packed.files, 6);
    assert.equal(packed.bytes, [...entries.values()].filter((e) => e.type === 'file').reduce((sum, e) => sum + e.size, 0));
    assert.equal(packed.dockerfile, 'Dockerfile');
    assert.equal(entries.get('src/main.c')?.data, 'int main;');
    assert.equal(entries.get('src/')?.type, 'directory');
    assert.ok(!entries.has('node_modules/'), 'an excluded folder with no exception inside is not walked');
  });

  test('the Dockerfile and .dockerignore are sent even when excluded (the engine needs them, and drops them itself)', async () => {
    const dir = folder({ 'docker/app.Dockerfile': 'FROM x\n', '.dockerignore': 'docker\n.dockerignore\n', 'docker/other': 'o', 'a.txt': 'a' });
    const entries = await unpack((await packBuildContext(dir, 'docker/app.Dockerfile')).archive);
    const files = [...entries.values()].filter((e) => e.type === 'file').map((e) => e.name).sort();
    assert.deepEqual(files, ['.dockerignore', 'a.txt', 'docker/app.Dockerfile']);
  });

  test('a Dockerfile outside the context travels under a name of its own; modes and links kept', async () => {
    const dir = folder({ 'run.sh': '#!/bin/sh\n' });
    fs.chmodSync(path.join(dir, 'run.sh'), 0o750);
    fs.symlinkSync('run.sh', path.join(dir, 'start'));
    const outside = folder({ 'Dockerfile.dev': 'FROM y\n' });
    const packed = await packBuildContext(dir, path.join(outside, 'Dockerfile.dev'));
    assert.match(packed.dockerfile, /^\.dockerfile\.[0-9a-f]{20}$/);
    const entries = await unpack(packed.archive);
    assert.equal(entries.get(packed.dockerfile)?.data, 'FROM y\n');
    assert.equal(entries.get('run.sh')?.mode, 0o750);
    assert.equal(entries.get('start')?.type, 'symlink');
    assert.equal(entries.get('start')?.linkname, 'run.sh');
  });

  test('missing context, a file as context, a missing Dockerfile', async () => {
    const dir = folder({ 'f.txt': 'x' });
    await assert.rejects(packBuildContext(path.join(dir, 'nope'), 'Dockerfile'), { code: 'INVALID_INPUT', message: /does not exist/ });
    await assert.rejects(packBuildContext(path.join(dir, 'f.txt'), 'Dockerfile'), { code: 'INVALID_INPUT', message: /is not a folder/ });
    await assert.rejects(packBuildContext(dir, 'Dockerfile'), { code: 'INVALID_INPUT', message: `There is no Dockerfile at ${path.join(dir, 'Dockerfile')}.` });
  });

  test('long names and link targets survive packing (PAX records), owned by root as the CLI packs them', async () => {
    const deep = `${'long-folder-name/'.repeat(8)}file.txt`;
    const dir = folder({ Dockerfile: 'FROM x\n', [deep]: 'deep' });
    const target = `${'x'.repeat(150)}`;
    fs.writeFileSync(path.join(dir, target), 't');
    fs.symlinkSync(target, path.join(dir, 'link'));
    const entries = await unpack((await packBuildContext(dir, 'Dockerfile')).archive);
    assert.equal(entries.get(deep)?.data, 'deep');
    assert.equal(entries.get('link')?.linkname, target);
    assert.equal(entries.get(deep)?.type, 'file');
  });
});
