import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { looksLikeArchive, packFiles } from '../../electron/util/tar.js';
import { unpackAll } from '../support/tar.js';

async function read(archive: Buffer, chunkSize: number) {
  const entries = await unpackAll(archive, chunkSize);
  return { entries, contents: (name: string) => entries.find((entry) => entry.name === name)?.data.toString() };
}

test('archives written by GNU tar (folders, links, long names, PAX) are read whatever the chunk size', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-tar-'));
  const long = 'd'.repeat(120);
  fs.mkdirSync(path.join(dir, 'top', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'top', 'a.txt'), 'hello');
  fs.writeFileSync(path.join(dir, 'top', 'sub', `${long}.txt`), 'x'.repeat(1000));
  fs.writeFileSync(path.join(dir, 'top', 'ünï.txt'), 'utf');
  fs.symlinkSync('a.txt', path.join(dir, 'top', 'link'));
  fs.chmodSync(path.join(dir, 'top', 'a.txt'), 0o640);
  for (const format of ['gnu', 'pax']) {
    const archive = execFileSync('tar', ['-c', `--format=${format}`, '-C', dir, 'top']);
    for (const size of [1, 7, 512, 100000]) {
      const { entries, contents } = await read(archive, size);
      const byName = new Map(entries.map((e) => [e.name, e]));
      assert.equal(byName.get('top/')?.type, 'directory', `${format}/${size}`);
      assert.equal(byName.get('top/a.txt')?.size, 5);
      assert.equal(byName.get('top/a.txt')?.mode, 0o640);
      assert.equal(byName.get('top/link')?.type, 'symlink');
      assert.equal(byName.get('top/link')?.linkname, 'a.txt');
      assert.equal(byName.get(`top/sub/${long}.txt`)?.size, 1000, 'a long name survives');
      assert.ok(byName.has('top/ünï.txt'));
      assert.equal(contents('top/a.txt'), 'hello');
      assert.equal(contents(`top/sub/${long}.txt`), 'x'.repeat(1000));
    }
  }
  fs.rmSync(dir, { recursive: true });
});

test('what packFiles writes, GNU tar extracts (long names included)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-tar-'));
  const long = `${'n'.repeat(150)}.txt`;
  const archive = await packFiles([
    { name: 'one.txt', data: Buffer.from('first') },
    { name: long, data: Buffer.alloc(700, 7) },
  ]);
  fs.writeFileSync(path.join(dir, 'a.tar'), archive);
  execFileSync('tar', ['-x', '-f', 'a.tar'], { cwd: dir });
  assert.equal(fs.readFileSync(path.join(dir, 'one.txt'), 'utf8'), 'first');
  assert.equal(fs.readFileSync(path.join(dir, long)).length, 700);
  fs.rmSync(dir, { recursive: true });
});

test('archives are told from other files by their first block: tar (checksum), empty tar, gzip, bzip2, xz', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-tar-'));
  fs.writeFileSync(path.join(dir, 'f.txt'), 'content');
  const plain = execFileSync('tar', ['-c', '-C', dir, 'f.txt']);
  assert.equal(looksLikeArchive(plain.subarray(0, 512)), true);
  assert.equal(looksLikeArchive(await packFiles([{ name: 'a', data: Buffer.from('x') }])), true, 'what packFiles writes');
  assert.equal(looksLikeArchive(Buffer.alloc(1024)), true, 'an empty archive');
  assert.equal(looksLikeArchive(gzipSync(plain)), true);
  assert.equal(looksLikeArchive(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04])), true, 'xz');
  assert.equal(looksLikeArchive(Buffer.from('BZh91AY&SY')), true);
  const damaged = Buffer.from(plain);
  damaged[10] = (damaged[10] ?? 0) ^ 0xff;
  assert.equal(looksLikeArchive(damaged), false, 'a header whose checksum is wrong');
  assert.equal(looksLikeArchive(Buffer.from('just some text\n')), false);
  assert.equal(looksLikeArchive(Buffer.from('x'.repeat(600))), false);
  fs.rmSync(dir, { recursive: true });
});

/** One ustar header block, as Go's archive/tar writes it for a file whose size ustar cannot hold. */
function ustarHeader(name: string, flag: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 8, 'ascii');
  block.write('0000000\0', 108, 8, 'ascii');
  block.write('0000000\0', 116, 8, 'ascii');
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'ascii');
  block.write('00000000000\0', 136, 12, 'ascii');
  block.write(flag, 156, 1, 'ascii');
  block.write('ustar\x0000', 257, 8, 'binary');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}

const pad = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);

test('a PAX size wins over the ustar size field (0, as written for files of 8 GiB and more): no phantom entry, the data is read', async () => {
  const record = ' size=5\n';
  const pax = Buffer.from(`${record.length + 2}${record}`);
  const archive = Buffer.concat([
    ustarHeader('PaxHeaders/big.bin', 'x', pax.length),
    pad(pax),
    ustarHeader('big.bin', '0', 0),
    pad(Buffer.from('hello')),
    ustarHeader('after.txt', '0', 2),
    pad(Buffer.from('ok')),
    Buffer.alloc(1024),
  ]);
  const { entries, contents } = await read(archive, 100);
  assert.deepEqual(entries.map((e) => [e.name, e.size]), [['big.bin', 5], ['after.txt', 2]]);
  assert.equal(contents('big.bin'), 'hello');
  assert.equal(contents('after.txt'), 'ok');
});
