// Compose's variable substitution: every form, .env under the environment, and where an unset variable is reported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkTexts, projectLookup } from '../../electron/services/compose/compose-check.js';
import { interpolate, type Lookup } from '../../electron/services/compose/interpolate.js';

const vars: Record<string, string> = { NAME: 'web', EMPTY: '', PORT: '8080', INNER: 'inner' };
const lookup: Lookup = (name) => vars[name];
const value = (template: string) => {
  const result = interpolate(template, lookup);
  assert.ok(result.ok, `${template} should interpolate: ${JSON.stringify(result)}`);
  return result.value;
};
const problem = (template: string) => {
  const result = interpolate(template, lookup);
  assert.ok(!result.ok, `${template} should fail`);
  return result.problem;
};

describe('interpolate', () => {
  test('$VAR and ${VAR}, next to other text', () => {
    assert.equal(value('app-$NAME:${PORT}/x'), 'app-web:8080/x');
    assert.equal(value('${NAME}s'), 'webs');
    assert.equal(value('$NAME.$PORT'), 'web.8080');
    assert.equal(value('no variables'), 'no variables');
  });

  test('$$ is a literal $, also before a brace or a name', () => {
    assert.equal(value('cost: $$5'), 'cost: $5');
    assert.equal(value('$${NAME} $$NAME'), '${NAME} $NAME');
    assert.equal(value('sh -c "echo $$HOME"'), 'sh -c "echo $HOME"');
  });

  test(':- uses the default when unset or empty; - only when unset', () => {
    assert.equal(value('${MISSING:-fallback}'), 'fallback');
    assert.equal(value('${EMPTY:-fallback}'), 'fallback');
    assert.equal(value('${NAME:-fallback}'), 'web');
    assert.equal(value('${MISSING-fallback}'), 'fallback');
    assert.equal(value('${EMPTY-fallback}'), '');
    assert.equal(value('${MISSING:-}'), '');
  });

  test(':+ and + give the alternative when set (and not empty for :+), else nothing', () => {
    assert.equal(value('${NAME:+alt}'), 'alt');
    assert.equal(value('${EMPTY:+alt}'), '');
    assert.equal(value('${MISSING:+alt}'), '');
    assert.equal(value('${EMPTY+alt}'), 'alt');
    assert.equal(value('${MISSING+alt}'), '');
  });

  test(':? and ? refuse an unset variable (and an empty one for :?) with the message', () => {
    assert.deepEqual(problem('${MISSING:?set it in .env}'), { code: 'variable-required', variable: 'MISSING', message: 'set it in .env' });
    assert.deepEqual(problem('${EMPTY:?}'), { code: 'variable-required', variable: 'EMPTY', message: '' });
    assert.equal(value('${EMPTY?must exist}'), '');
    assert.deepEqual(problem('${MISSING?must exist}'), { code: 'variable-required', variable: 'MISSING', message: 'must exist' });
    assert.equal(value('${NAME:?x}'), 'web');
  });

  test('defaults may hold variables, nested defaults and "}" after them; they are expanded only when used', () => {
    assert.equal(value('${MISSING:-${INNER}}'), 'inner');
    assert.equal(value('${MISSING:-${ALSO_MISSING:-deep-${NAME}}}-end'), 'deep-web-end');
    assert.equal(value('${MISSING:-a$$b}'), 'a$b', '$$ in a default');
    assert.equal(value('${NAME:-${NOT_SET}}'), 'web', 'an unused default is not expanded, so its unset variable does not matter');
    assert.deepEqual(problem('${MISSING:-${NOT_SET}}'), { code: 'variable-unset', variable: 'NOT_SET' });
  });

  test('an unset variable without a default is an error (compose would use a blank)', () => {
    assert.deepEqual(problem('image: app:${TAG}'), { code: 'variable-unset', variable: 'TAG' });
    assert.deepEqual(problem('$TAG'), { code: 'variable-unset', variable: 'TAG' });
  });

  test('malformed templates are syntax errors', () => {
    for (const bad of ['${', '${NAME', '${}', '${1X}', '${NAME/x}', 'price $5', 'trailing $', '${MISSING:-${NAME}']) {
      assert.equal(problem(bad).code, 'variable-syntax', bad);
    }
  });

  test('nesting and output are bounded', () => {
    const deep = `${'${A:-'.repeat(100)}x${'}'.repeat(100)}`;
    assert.equal(problem(deep).code, 'variable-syntax');
    assert.deepEqual(interpolate('$NAME$NAME$NAME', lookup, 8), { ok: false, problem: { code: 'too-large' } });
  });
});

describe('interpolation in compose files', () => {
  test('the environment of the process wins over .env; .env fills the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-compose-env-'));
    fs.writeFileSync(path.join(dir, '.env'), '# project defaults\nTAG=from-dotenv\nPORT=9000\nexport QUOTED="a b"\n');
    const look = projectLookup(dir, { TAG: 'from-env' });
    assert.equal(look('TAG'), 'from-env');
    assert.equal(look('PORT'), '9000');
    assert.equal(look('QUOTED'), 'a b');
    assert.equal(look('NOPE'), undefined);
    const text = 'services:\n  web:\n    image: "app:${TAG}"\n    ports: ["${PORT}:80"]\n';
    const check = checkTexts([{ path: path.join(dir, 'compose.yaml'), text }], look);
    assert.deepEqual(check.diagnostics, []);
    assert.equal(check.model?.services[0]?.image, 'app:from-env');
    assert.deepEqual(check.model?.services[0]?.ports, ['9000:80']);
  });

  test('a folder without .env: only the environment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'berth-compose-env-'));
    assert.equal(projectLookup(dir, { A: '1' })('A'), '1');
    assert.equal(projectLookup(dir, {})('A'), undefined);
  });

  test('an unset variable is reported at its value, with the variable named, and there is no model', () => {
    const text = ['services:', '  web:', '    image: busybox', '    environment:', '      - LEVEL=debug', '      - TOKEN=${API_TOKEN}', ''].join('\n');
    const check = checkTexts([{ path: '/p/compose.yaml', text }], () => undefined);
    assert.equal(check.model, null);
    assert.equal(check.diagnostics.length, 1);
    const [unset] = check.diagnostics;
    assert.deepEqual(
      { code: unset!.code, line: unset!.line, column: unset!.column, endLine: unset!.endLine, endColumn: unset!.endColumn, params: unset!.params, severity: unset!.severity },
      { code: 'variable-unset', line: 6, column: 9, endLine: 6, endColumn: 27, params: { variable: 'API_TOKEN' }, severity: 'error' },
    );
    assert.match(unset!.message, /API_TOKEN is not set/);
  });

  test('required and malformed templates in a file; keys are not interpolated', () => {
    const text = 'services:\n  web:\n    image: "${IMAGE:?name an image}"\n    command: echo $5\n    labels:\n      $KEY: fine\n';
    const check = checkTexts([{ path: '/p/compose.yaml', text }], () => undefined);
    assert.deepEqual(
      check.diagnostics.map((d) => [d.code, d.line, d.column, d.params]),
      [
        ['variable-required', 3, 12, { variable: 'IMAGE', message: 'name an image' }],
        ['variable-syntax', 4, 14, { reason: check.diagnostics[1]!.params.reason!, text: 'echo $5' }],
      ],
    );
  });

  test('a value that fails interpolation gets no schema error of its own (it is reported once)', () => {
    const text = 'services:\n  web:\n    image: x\n    privileged: ${PRIV}\n';
    const check = checkTexts([{ path: '/p/compose.yaml', text }], () => undefined);
    assert.deepEqual(check.diagnostics.map((d) => d.code), ['variable-unset']);
  });

  test('substituted numbers and booleans are cast where compose casts them, so the schema accepts them', () => {
    const text = [
      'services:',
      '  web:',
      '    image: "app:${VERSION}"',
      '    privileged: ${PRIV:-false}',
      '    ports: [{target: 80, published: "${PORT:-8080}"}]',
      '    deploy: {replicas: "${REPLICAS:-2}"}',
      '',
    ].join('\n');
    const check = checkTexts([{ path: '/p/compose.yaml', text }], (name) => ({ VERSION: '1.10' })[name]);
    assert.deepEqual(check.diagnostics, []);
    assert.equal(check.model?.services[0]?.image, 'app:1.10', 'a string field stays a string, even when it looks like a number');
    assert.deepEqual(check.model?.services[0]?.ports, ['8080:80']);
    const wrong = checkTexts([{ path: '/p/compose.yaml', text: 'services:\n  web:\n    image: x\n    privileged: ${PRIV:-perhaps}\n' }], () => undefined);
    assert.deepEqual(wrong.diagnostics.map((d) => [d.code, d.line, d.params.expected]), [['schema-type', 4, 'boolean']]);
  });
});
