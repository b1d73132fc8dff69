// Checking compose files: YAML errors, the compose-spec schema at the right place, and the model the project page shows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ComposeDiagnostic } from '../../shared/contract/compose.js';
import { ComposeCheck } from '../../shared/contract/compose.js';
import { checkTexts } from '../../electron/services/compose/compose-check.js';

const FILE = '/work/app/compose.yaml';
const check = (text: string, vars: Record<string, string> = {}) => {
  const result = checkTexts([{ path: FILE, text }], (name) => vars[name]);
  ComposeCheck.parse(result); // what the contract promises, line and column from 1
  return result;
};
const brief = (d: ComposeDiagnostic) => ({ code: d.code, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, params: d.params });
const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('compose check: schema', () => {
  test('an unknown key is reported at that key, naming it', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    portz: [1]'));
    assert.equal(result.model, null);
    assert.deepEqual(result.diagnostics.map(brief), [
      { code: 'schema-unknown-key', line: 4, column: 5, endLine: 4, endColumn: 10, params: { key: 'portz', path: 'services.web' } },
    ]);
    assert.equal(result.diagnostics[0]!.file, FILE);
    assert.equal(result.diagnostics[0]!.severity, 'error');
    assert.match(result.diagnostics[0]!.message, /"portz" is not a key compose knows in services\.web/);
  });

  test('the same in flow style: `services: {web: {image: x, portz: [1]}}`', () => {
    const result = check('services: {web: {image: x, portz: [1]}}\n');
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.key]), [['schema-unknown-key', 1, 28, 'portz']]);
  });

  test('a wrong type is reported at the value with what was expected', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    ports: 80'));
    assert.deepEqual(result.diagnostics.map(brief), [
      { code: 'schema-type', line: 4, column: 12, endLine: 4, endColumn: 14, params: { expected: 'array', path: 'services.web.ports' } },
    ]);
  });

  test('oneOf noise is dropped: the alternative that fits says what is wrong inside it', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    build: {contxt: .}', '    ports:', '      - target: http', '    networks: [front, 1]'));
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.key ?? d.params.expected]),
      [
        ['schema-unknown-key', 4, 13, 'contxt'],
        ['schema-type', 6, 17, 'integer'],
        ['schema-type', 7, 23, 'string'],
      ],
    );
    assert.ok(!result.diagnostics.some((d) => /exactly one schema/.test(d.message)));
  });

  test('when no alternative fits, one type error names every type allowed', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    ports:', '      - [80]'));
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.expected]), [['schema-type', 5, 9, 'number, string, object']]);
  });

  test('required keys (at the mapping that lacks them), enums, formats', () => {
    const result = check(
      lines('services:', '  web:', '    image: x', '    extends: {file: other.yaml}', '    pull_policy: sometimes', '    healthcheck:', '      test: [CMD, "true"]', '      interval: 5 seconds'),
    );
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.line, d.column, d.params]),
      [
        ['schema-required', 4, 5, { key: 'service', path: 'services.web.extends' }],
        ['schema-enum', 5, 18, { allowed: 'always, never, if_not_present, build, missing', path: 'services.web.pull_policy' }],
        ['schema-format', 8, 17, { format: 'duration', path: 'services.web.healthcheck.interval' }],
      ],
    );
  });

  test('durations as compose writes them pass; ports and expose accept strings and numbers', () => {
    const result = check(
      lines(
        'name: shop',
        'services:',
        '  web:',
        '    image: x',
        '    stop_grace_period: 1m30s',
        '    healthcheck: {test: "true", interval: 10s, timeout: 1h, start_period: 1.5s, retries: 3}',
        '    ports: [80, "8080:80", "127.0.0.1:9000-9001:9000-9001/udp", "[::1]:53:53/udp"]',
        '    expose: [3000, "4000/tcp"]',
        'networks:',
        '  back:',
        '    ipam: {config: [{subnet: 172.28.0.0/16}]}',
        'x-anything: {whatever: [1]}',
      ),
    );
    assert.deepEqual(result.diagnostics, []);
    assert.ok(result.model);
  });

  test('a service name the spec does not allow is an unknown key of services', () => {
    const result = check(lines('services:', '  "my web":', '    image: x'));
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.key]), [['schema-unknown-key', 2, 3, 'my web']]);
  });

  test('keys that come from a << merge are reported where they are written (a block value at its key)', () => {
    const result = check(lines('x-base: &base', '  image: x', '  restart: [always]', 'services:', '  web:', '    <<: *base', '    ports: ["80"]'));
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.path]), [['schema-type', 3, 3, 'services.web.restart']]);
  });
});

describe('compose check: YAML and the top level', () => {
  test('a YAML syntax error is reported at its position, and the schema is not run on a broken tree', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    ports: ["80:80"', '  db:', '    image: y'));
    assert.equal(result.model, null);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn]), [['yaml', 5, 3, 5, 4]]);
    assert.match(result.diagnostics[0]!.params.reason!, /Flow sequence .* end with a \]/);
  });

  test('a duplicate key is a YAML error at the second one', () => {
    const result = check(lines('services:', '  web:', '    image: x', '    image: y'));
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.line, d.column, d.params.yamlCode]), [['yaml', 4, 5, 'DUPLICATE_KEY']]);
  });

  test('a top level that is not a mapping, and an empty file', () => {
    assert.deepEqual(check('- web\n- db\n').diagnostics.map((d) => [d.code, d.line, d.column, d.params.found]), [['not-a-mapping', 1, 1, 'a list']]);
    assert.deepEqual(check('just some words\n').diagnostics.map((d) => [d.code, d.params.found]), [['not-a-mapping', 'a single value']]);
    assert.deepEqual(check('# nothing yet\n').diagnostics.map((d) => [d.code, d.line, d.column, d.params.found]), [['not-a-mapping', 1, 1, 'nothing']]);
  });

  test('alias expansion is bounded ("billion laughs")', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const result = check(`x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    assert.deepEqual(result.diagnostics.map((d) => d.code), ['yaml']);
  });

  test('a file that vanished is reported as missing, not thrown', () => {
    const result = checkTexts([{ path: FILE, text: null }], () => undefined);
    assert.equal(result.model, null);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.file, d.line, d.column]), [['file-missing', FILE, 1, 1]]);
  });

  test('a deeply nested text does not exhaust the stack', () => {
    const result = check(`services: ${'['.repeat(50_000)}`);
    assert.ok(result.diagnostics.length > 0);
    assert.ok(result.diagnostics.length <= 1000, 'diagnostics are bounded');
  });
});

describe('compose check: the model', () => {
  const threeServices = lines(
    'services:',
    '  web:',
    '    build:',
    '      context: ./web',
    '      dockerfile: Dockerfile.dev',
    '    ports:',
    '      - "8080:80"',
    '      - target: 443',
    '        published: 8443',
    '        host_ip: 127.0.0.1',
    '        protocol: tcp',
    '      - 9000',
    '    depends_on:',
    '      api:',
    '        condition: service_started',
    '      db:',
    '        condition: service_healthy',
    '    networks: [front]',
    '  api:',
    '    image: berth-fixture/busybox:latest',
    '    command: ["httpd", "-f"]',
    '    networks:',
    '      front: {}',
    '      back: {aliases: [backend]}',
    '    depends_on: [db]',
    '    profiles: [full]',
    '    healthcheck:',
    '      test: ["CMD", "wget", "-q", "-O", "-", "http://localhost/a b"]',
    '  db:',
    '    image: postgres:16',
    '    volumes:',
    '      - data:/var/lib/postgresql/data',
    '      - type: bind',
    '        source: ./init',
    '        target: /docker-entrypoint-initdb.d',
    '        read_only: true',
    '      - /scratch',
    '    networks: [back]',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -U postgres"]',
    '      interval: 5s',
    'volumes:',
    '  data: {}',
    'networks:',
    '  front: {}',
    '  back:',
    '    internal: true',
  );

  test('a three-service file: build, ports long and short, named volume, custom networks, depends_on mapping, healthchecks', () => {
    const result = check(threeServices);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.model, {
      services: [
        {
          name: 'web',
          image: null,
          build: { context: './web', dockerfile: 'Dockerfile.dev' },
          ports: ['8080:80', '127.0.0.1:8443:443/tcp', '9000'],
          volumes: [],
          networks: ['front'],
          dependsOn: ['api', 'db'],
          healthcheck: null,
          profiles: [],
          file: FILE,
          line: 2,
        },
        {
          name: 'api',
          image: 'berth-fixture/busybox:latest',
          build: null,
          ports: [],
          volumes: [],
          networks: ['front', 'back'],
          dependsOn: ['db'],
          healthcheck: "wget -q -O - 'http://localhost/a b'",
          profiles: ['full'],
          file: FILE,
          line: 19,
        },
        {
          name: 'db',
          image: 'postgres:16',
          build: null,
          ports: [],
          volumes: ['data:/var/lib/postgresql/data', './init:/docker-entrypoint-initdb.d:ro', '/scratch'],
          networks: ['back'],
          dependsOn: [],
          healthcheck: 'pg_isready -U postgres',
          profiles: [],
          file: FILE,
          line: 29,
        },
      ],
      volumes: ['data'],
      networks: ['front', 'back'],
    });
  });

  test('an override file replaces keys of a service and adds services; the declaration is the last file naming it', () => {
    const override = '/work/app/compose.override.yaml';
    const result = checkTexts(
      [
        { path: FILE, text: threeServices },
        { path: override, text: lines('services:', '  api:', '    image: api:dev', '    ports: ["127.0.0.1::80"]', '  tools:', '    image: busybox', 'volumes:', '  cache: {}') },
      ],
      () => undefined,
    );
    assert.deepEqual(result.diagnostics, []);
    const api = result.model!.services.find((s) => s.name === 'api')!;
    assert.equal(api.image, 'api:dev');
    assert.deepEqual(api.ports, ['127.0.0.1::80']);
    assert.deepEqual(api.dependsOn, ['db'], 'keys the override does not name are kept');
    assert.deepEqual([api.file, api.line], [override, 2]);
    assert.deepEqual(result.model!.services.map((s) => s.name), ['web', 'api', 'db', 'tools']);
    assert.deepEqual(result.model!.volumes, ['data', 'cache']);
  });

  test('an error in any file means no model; each diagnostic names its file', () => {
    const override = '/work/app/compose.override.yaml';
    const result = checkTexts(
      [
        { path: FILE, text: threeServices },
        { path: override, text: lines('services:', '  api:', '    imag: typo') },
      ],
      () => undefined,
    );
    assert.equal(result.model, null);
    assert.deepEqual(result.diagnostics.map((d) => [d.file, d.code, d.line]), [[override, 'schema-unknown-key', 3]]);
  });
});
