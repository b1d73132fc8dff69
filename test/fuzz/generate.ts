import { z } from 'zod';
import { contract, type OpName } from '../../shared/contract/index.js';

/**
 * Hostile messages for every operation of the contract, derived from its zod schemas (through their JSON
 * Schema form, which zod can produce for every input): a plausible input is sampled, then broken in one of many
 * ways. Deterministic for a seed, so a failing run can be replayed.
 */

export type Rng = () => number;

/** mulberry32: small, fast, and good enough to spread cases; the same seed gives the same frames. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};

const inputSchemas = new Map<OpName, JsonSchema>();
function inputSchema(op: OpName): JsonSchema {
  let schema = inputSchemas.get(op);
  if (!schema) {
    schema = z.toJSONSchema(contract[op].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    inputSchemas.set(op, schema);
  }
  return schema;
}

/**
 * A value shaped like `schema` (not always valid: patterns are ignored), as a starting point to break. `every`:
 * with all optional fields too (the sweep below wants every field present to aim at).
 */
function sample(schema: JsonSchema, rng: Rng, depth = 0, every = false): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return pick(rng, schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return sample(pick(rng, choices), rng, depth, every);
  const type = Array.isArray(schema.type) ? pick(rng, schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (every || schema.required?.includes(key) || rng() < 0.5) out[key] = depth > 6 ? null : sample(property, rng, depth + 1, every);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () => (schema.items && depth <= 6 ? sample(schema.items, rng, depth + 1, every) : null));
    case 'string':
      return 'a'.repeat(Math.max(schema.minLength ?? 1, 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    default:
      return null;
  }
}

/** Where values live in an input: [path, value] for every field, nested ones included. */
function fields(value: unknown, path: string[] = []): [string[], unknown][] {
  if (value === null || typeof value !== 'object') return path.length ? [[path, value]] : [];
  const entries = Object.entries(value as Record<string, unknown>);
  return [...(path.length ? ([[path, value]] as [string[], unknown][]) : []), ...entries.flatMap(([key, child]) => fields(child, [...path, key]))];
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) }) as Record<string, unknown>;
  copy[path[0]!] = setAt(copy[path[0]!], path.slice(1), value);
  return copy;
}

function deleteAt(root: unknown, path: string[]): unknown {
  if (path.length === 1) {
    const copy = { ...(root as Record<string, unknown>) };
    delete copy[path[0]!];
    return copy;
  }
  return setAt(root, path.slice(0, 1), deleteAt((root as Record<string, unknown>)[path[0]!], path.slice(1)));
}

/** Values JSON cannot carry, written into the text after stringifying (a marker string stands in for them). */
const RAW = (text: string) => `@@raw:${text}@@`;
const unraw = (json: string) => json.replace(/"@@raw:([^@]*)@@"/g, '$1');

export const TRAVERSALS = ['..', '.', '../..', '/..', '/../../etc/passwd', 'a/../../b', '..\\..\\windows', '/data/../..', '%2e%2e', '\0', 'a\0b', '/proc/self/environ', '~/.ssh/id_rsa'];
const WRONG_TYPES = [0, -1, 1.5, true, false, null, 'x', '', [], {}, [[]], { nested: { deeper: {} } }];
const BAD_NUMBERS = [-1, -0, -1e308, 1e308, 2 ** 64, 0.5, RAW('1e999'), RAW('-1e999'), RAW('NaN'), RAW('Infinity')];
const PATH_LIKE = /path|folder|dir|file|name|context|target|source|dest|dockerfile|mount|cwd|workingdir/i;

function nested(depth: number, rng: Rng): unknown {
  let value: unknown = 1;
  const asObject = rng() < 0.5;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

export type Mutation =
  | 'wrongType'
  | 'missing'
  | 'extra'
  | 'hugeString'
  | 'deep'
  | 'protoKeys'
  | 'traversal'
  | 'badNumber'
  | 'notAnObject';
export const MUTATIONS: Mutation[] = ['wrongType', 'missing', 'extra', 'hugeString', 'deep', 'protoKeys', 'traversal', 'badNumber', 'notAnObject'];

/** The JSON text of an input for `op` broken by `mutation`. */
export function mutatedInput(op: OpName, mutation: Mutation, rng: Rng): string {
  const base = sample(inputSchema(op), rng);
  const all = fields(base);
  const leaf = all.length ? pick(rng, all) : null;
  const leafPath = leaf?.[0] ?? ['field'];
  switch (mutation) {
    case 'wrongType':
      return unraw(JSON.stringify(setAt(base, leafPath, pick(rng, WRONG_TYPES))));
    case 'missing':
      return JSON.stringify(leaf ? deleteAt(base, leafPath) : base);
    case 'extra':
      return JSON.stringify(setAt(base, [...leafPath.slice(0, -1), `unexpected${Math.floor(rng() * 100)}`], 'x'));
    case 'hugeString':
      // Mostly 64 KB, sometimes 2 MB: big enough to cross every max length, small enough for 10,000 frames.
      return JSON.stringify(setAt(base, leafPath, 'A'.repeat(rng() < 0.05 ? 2 * 1024 * 1024 : 64 * 1024)));
    case 'deep': {
      // Very deep values are written as text: building and stringifying them would overflow this process's stack.
      const depth = pick(rng, [65, 200, 5000]);
      const value = depth <= 200 ? nested(depth, rng) : RAW(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
      return unraw(JSON.stringify(setAt(base, leafPath, value)));
    }
    case 'protoKeys': {
      const key = pick(rng, ['__proto__', 'constructor', 'prototype']);
      const poison = `"${key}":{"polluted":true,"isAdmin":true}`;
      const text = JSON.stringify(base);
      if (text === '{}') return `{${poison}}`;
      return text.startsWith('{') ? `{${poison},${text.slice(1)}` : text;
    }
    case 'traversal': {
      const pathLike = all.filter(([path, value]) => typeof value === 'string' && PATH_LIKE.test(path.join('.')));
      const target = pathLike.length ? pick(rng, pathLike)[0] : leafPath;
      const traversal = pick(rng, TRAVERSALS);
      const value = rng() < 0.5 ? traversal : `/${traversal}`;
      return JSON.stringify(setAt(base, target, value));
    }
    case 'badNumber': {
      const numeric = all.filter(([, value]) => typeof value === 'number');
      const target = numeric.length ? pick(rng, numeric)[0] : leafPath;
      return unraw(JSON.stringify(setAt(base, target, pick(rng, BAD_NUMBERS))));
    }
    case 'notAnObject':
      return JSON.stringify(pick(rng, [42, 'input', [], true, [{}], -1]));
  }
}

/** Would the router accept this input? (It parses `input ?? {}`; a text that is not JSON is no input at all.) */
export function routerAccepts(op: OpName, inputText: string): boolean {
  let input: unknown;
  try {
    input = JSON.parse(inputText);
  } catch {
    return false;
  }
  return contract[op].input.safeParse(input ?? {}).success;
}

export interface SweepInput {
  op: OpName;
  label: string;
  input: string;
}

/** How many samples of an input are searched for its path-like fields (unions show a different variant each time). */
const SAMPLES_PER_OP = 8;

/**
 * The frames every run sends whatever its seed: every operation broken in every way once, and every path-like
 * field of every operation (every string field whose name says path, folder, file, name…) given every traversal.
 * The random part of a run adds volume; this part makes sure nothing of the contract is left out.
 */
export function sweepInputs(seed: number): SweepInput[] {
  const rng = seededRng(seed ^ 0x5eed);
  const out: SweepInput[] = [];
  for (const op of Object.keys(contract) as OpName[]) {
    for (const mutation of MUTATIONS) out.push({ op, label: `${op} ${mutation}`, input: mutatedInput(op, mutation, rng) });
    const seen = new Set<string>();
    for (let i = 0; i < SAMPLES_PER_OP; i++) {
      const base = sample(inputSchema(op), rng, 0, true);
      for (const [path, value] of fields(base)) {
        const name = path.join('.');
        if (typeof value !== 'string' || !PATH_LIKE.test(name) || seen.has(name)) continue;
        seen.add(name);
        for (const traversal of TRAVERSALS) {
          for (const text of [traversal, `/${traversal}`]) out.push({ op, label: `${op} ${name}=${JSON.stringify(text)}`, input: JSON.stringify(setAt(base, path, text)) });
        }
      }
    }
  }
  return out;
}
