// Writes docs/api.md from the contract, so the reference can never drift from the code.
// `--check` fails (exit 1) when the committed file differs from what the contract says.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contract, errorCodes } from '../shared/contract/index.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  additionalProperties?: Schema | boolean;
  default?: unknown;
  description?: string;
};

/** A JSON Schema as a short TypeScript-like type, which reads better than the schema itself. */
function typeText(schema: Schema, indent = ''): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((s) => typeText(s, indent)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : schema.type;
  if (type === 'array') return `${wrap(typeText(schema.items ?? {}, indent))}[]`;
  if (type === 'object' || schema.properties) {
    const props = Object.entries(schema.properties ?? {});
    if (props.length === 0) {
      const extra = schema.additionalProperties;
      return extra && typeof extra === 'object' ? `Record<string, ${typeText(extra, indent)}>` : '{}';
    }
    const inner = indent + '  ';
    const lines = props.map(([key, value]) => {
      const optional = schema.required?.includes(key) && value.default === undefined ? '' : '?';
      const def = value.default !== undefined ? ` /* default ${JSON.stringify(value.default)} */` : '';
      return `${inner}${key}${optional}: ${typeText(value, inner)};${def}`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  if (type === 'integer') return 'number';
  return type ?? 'unknown';
}

const wrap = (text: string) => (text.includes(' | ') ? `(${text})` : text);

function render(): string {
  const out: string[] = [
    '# Berth API',
    '',
    'Generated from `shared/contract` by `npm run docs:api`; do not edit by hand.',
    '',
    'Every operation is reachable over Electron IPC (through the preload’s typed client) and over the web shell’s',
    'WebSocket at `ws://127.0.0.1:PORT/api?token=TOKEN`, with JSON text frames:',
    '',
    '```',
    'call    → {"id":1,"op":"containers.list","input":{}}',
    '        ← {"id":1,"result":…}  or  {"id":1,"error":{"code":"…","message":"…","details":…}}',
    'stream  → {"id":2,"op":"engine.events","input":{}}',
    '        ← {"id":2,"event":…} … then {"id":2,"end":true} or {"id":2,"error":{…}}',
    'cancel  → {"id":2,"cancel":true}',
    '```',
    '',
    'A cancel stops a stream (its end frame follows) or a call: a call is then answered `CANCELLED` once what it',
    'had begun is stopped and undone (or with its result, if it had already finished). Closing the connection',
    'cancels everything it had open.',
    '',
    `Error codes: ${errorCodes.map((c) => `\`${c}\``).join(', ')}. Every input is checked against its schema before`,
    'anything runs; a malformed one fails with `INVALID_INPUT` and `details.issues`.',
    '',
    '## Operations',
    '',
    '| operation | kind | what it does |',
    '| --- | --- | --- |',
  ];
  const names = Object.keys(contract).sort() as (keyof typeof contract)[];
  for (const name of names) {
    const spec = contract[name];
    out.push(`| [\`${name}\`](#${name.replace(/\./g, '')}) | ${spec.kind} | ${spec.summary.replace(/\|/g, '\\|')} |`);
  }
  for (const name of names) {
    const spec = contract[name];
    const input = z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) as Schema;
    const result = z.toJSONSchema(spec.kind === 'call' ? spec.output : spec.event, { unrepresentable: 'any' }) as Schema;
    out.push('', `### ${name}`, '', `${spec.kind === 'call' ? 'Call' : 'Stream'}. ${spec.summary}`, '');
    out.push('Input:', '', '```ts', typeText(input), '```', '');
    out.push(spec.kind === 'call' ? 'Output:' : 'Each event:', '', '```ts', typeText(result), '```');
  }
  return out.join('\n') + '\n';
}

const file = path.resolve(import.meta.dirname, '..', 'docs', 'api.md');
const text = render();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('docs/api.md is out of date with the contract: run `npm run docs:api`.');
    process.exit(1);
  }
  console.log('docs/api.md matches the contract.');
} else {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
