// The renderer's pure text helpers: the shell-like command splitter, the .env reader, the ANSI SGR reader.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAnsi, paletteColor, stripAnsi } from '../../renderer/src/components/log/ansi.js';
import { parseDotenv } from '../../shared/dotenv.js';
import { splitShellWords } from '../../renderer/src/features/containers/run/shell-words.js';

const words = (line: string) => {
  const result = splitShellWords(line);
  assert.ok(result.ok, `"${line}" should split`);
  return result.words;
};

describe('splitShellWords', () => {
  test('blanks separate words; runs of blanks and surrounding blanks do not make empty words', () => {
    assert.deepEqual(words('  sh   -c\techo  '), ['sh', '-c', 'echo']);
    assert.deepEqual(words(''), []);
    assert.deepEqual(words('   '), []);
  });
  test('single quotes keep everything literally, including backslashes and double quotes', () => {
    assert.deepEqual(words(`sh -c 'echo hello > /www/index.html; httpd -f -p 80'`), ['sh', '-c', 'echo hello > /www/index.html; httpd -f -p 80']);
    assert.deepEqual(words(`'a\\b "c"'`), ['a\\b "c"']);
  });
  test('double quotes keep blanks; backslash escapes only $ ` " \\ inside them', () => {
    assert.deepEqual(words(`echo "a  b" "say \\"hi\\"" "c:\\d" "\\$HOME"`), ['echo', 'a  b', 'say "hi"', 'c:\\d', '$HOME']);
  });
  test('a bare backslash escapes the next character; adjacent quoted parts join into one word', () => {
    assert.deepEqual(words('a\\ b c'), ['a b', 'c']);
    assert.deepEqual(words(`x'y'"z"`), ['xyz']);
    assert.deepEqual(words(`'' ""`), ['', '']);
  });
  test('no expansion: $VAR, globs and ~ stay as typed', () => {
    assert.deepEqual(words('echo $HOME *.txt ~'), ['echo', '$HOME', '*.txt', '~']);
  });
  test('unclosed quotes and a trailing backslash are errors', () => {
    assert.equal(splitShellWords(`echo 'open`).ok, false);
    assert.equal(splitShellWords(`echo "open`).ok, false);
    assert.equal(splitShellWords('echo \\').ok, false);
  });
});

describe('parseDotenv', () => {
  test('KEY=value lines; comments, blank lines and export prefixes', () => {
    const { entries, skipped } = parseDotenv('# settings\n\nA=1\nexport B = two \nC=three # note\nD=\n');
    assert.deepEqual(entries, [
      { key: 'A', value: '1' },
      { key: 'B', value: 'two' },
      { key: 'C', value: 'three' },
      { key: 'D', value: '' },
    ]);
    assert.deepEqual(skipped, []);
  });
  test('quotes: single literal, double with escapes, # inside quotes kept', () => {
    const { entries } = parseDotenv(`S='a # b \\n'\nD="line1\\nline2 \\"q\\""\nURL=http://x/#frag\r\n`);
    assert.deepEqual(entries, [
      { key: 'S', value: 'a # b \\n' },
      { key: 'D', value: 'line1\nline2 "q"' },
      { key: 'URL', value: 'http://x/#frag' },
    ]);
  });
  test('lines that are not KEY=value are reported with their number; a later key wins', () => {
    const { entries, skipped } = parseDotenv('A=1\njust words\nA=2');
    assert.deepEqual(entries, [{ key: 'A', value: '2' }]);
    assert.deepEqual(skipped, [{ line: 2, text: 'just words' }]);
  });
});

describe('parseAnsi', () => {
  test('plain text is one unstyled segment', () => {
    assert.deepEqual(parseAnsi('hello'), [{ text: 'hello', style: null }]);
    assert.deepEqual(parseAnsi(''), []);
  });
  test('basic and bright colours, bold, reset', () => {
    assert.deepEqual(parseAnsi('\x1b[31mred\x1b[0m plain \x1b[1;92mbold green\x1b[m'), [
      { text: 'red', style: { fg: 1 } },
      { text: ' plain ', style: null },
      { text: 'bold green', style: { bold: true, fg: 10 } },
    ]);
  });
  test('256 colours and true colour, foreground and background; 39/49 restore defaults', () => {
    assert.deepEqual(parseAnsi('\x1b[38;5;208;48;2;0;128;255mx\x1b[39my\x1b[49mz'), [
      { text: 'x', style: { fg: 208, bg: '#0080ff' } },
      { text: 'y', style: { bg: '#0080ff' } },
      { text: 'z', style: null },
    ]);
  });
  test('attributes switch off one by one', () => {
    assert.deepEqual(parseAnsi('\x1b[1;3;4ma\x1b[22mb\x1b[23;24mc'), [
      { text: 'a', style: { bold: true, italic: true, underline: true } },
      { text: 'b', style: { italic: true, underline: true } },
      { text: 'c', style: null },
    ]);
  });
  test('other escapes (erase line, cursor, OSC title) are dropped, not shown', () => {
    assert.deepEqual(parseAnsi('\x1b[2K\x1b[1Gdone\x1b]0;title\x07!'), [{ text: 'done!', style: null }]);
    assert.equal(stripAnsi('\x1b[32mok\x1b[0m \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\'), 'ok link');
  });
  test('segments add up to the stripped text', () => {
    const line = '\x1b[33mWARN\x1b[0m [\x1b[36mdb\x1b[0m] slow query \x1b[1m1200ms\x1b[0m';
    assert.equal(parseAnsi(line).map((s) => s.text).join(''), stripAnsi(line));
  });
  test('the 256-colour palette: cube and greys', () => {
    assert.equal(paletteColor(16), '#000000');
    assert.equal(paletteColor(196), '#ff0000');
    assert.equal(paletteColor(232), '#080808');
    assert.equal(paletteColor(255), '#eeeeee');
  });
});
