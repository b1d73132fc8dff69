import type { YamlPath } from './yaml-path';

/*
 * What the compose-spec JSON schema allows at a place in the file: the keys of the mapping there (with their
 * descriptions) and the values a scalar there may take. Pure: the schema is given, so the editor's chunk is the
 * only one that carries it, and tests pass the real one.
 */

/** The parts of a JSON schema (draft-07, as the compose spec writes it) that completion reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | readonly string[];
  description?: string;
  properties?: Readonly<Record<string, SchemaNode>>;
  patternProperties?: Readonly<Record<string, SchemaNode>>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode | readonly SchemaNode[];
  additionalItems?: SchemaNode;
  oneOf?: readonly SchemaNode[];
  anyOf?: readonly SchemaNode[];
  allOf?: readonly SchemaNode[];
  enum?: readonly unknown[];
  definitions?: Readonly<Record<string, SchemaNode>>;
}
/** `true`/`false` are schemas too (anything, nothing): neither offers anything. */
export type SchemaNode = JsonSchema | boolean;

export interface KeyOption {
  key: string;
  /** The schema's description of the key, when it has one. */
  description: string | null;
  /** The JSON types its value may take ("string | object"), or null when the schema does not say. */
  type: string | null;
}

/** `#/definitions/service` → that node of the root (JSON pointer, `~1` and `~0` decoded). */
function resolveRef(root: JsonSchema, ref: string): SchemaNode | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof node === 'object' || typeof node === 'boolean' ? (node as SchemaNode) : undefined;
}

/**
 * A node and every schema it may be: its `$ref`'s target and its `oneOf`/`anyOf`/`allOf` alternatives, followed
 * through (each node once, so a recursive schema ends).
 */
function alternatives(root: JsonSchema, node: SchemaNode, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (typeof node === 'boolean' || seen.has(node)) return [];
  seen.add(node);
  const out: JsonSchema[] = [node];
  if (node.$ref) {
    const target = resolveRef(root, node.$ref);
    if (target !== undefined) out.push(...alternatives(root, target, seen));
  }
  for (const sub of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) out.push(...alternatives(root, sub, seen));
  return out;
}

function matchesPattern(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern).test(key);
  } catch {
    return false; // a pattern this engine cannot read matches nothing
  }
}

/** The schemas of one step down: a key of a mapping (properties, then patternProperties, then additionalProperties) or an item of a sequence. */
function childrenOf(node: JsonSchema, segment: string | number): SchemaNode[] {
  if (typeof segment === 'number') {
    if (Array.isArray(node.items)) {
      const item = (node.items as readonly SchemaNode[])[segment] ?? node.additionalItems;
      return item === undefined ? [] : [item];
    }
    return node.items === undefined ? [] : [node.items as SchemaNode];
  }
  const own = node.properties?.[segment];
  if (own !== undefined) return [own];
  const patterned = Object.entries(node.patternProperties ?? {})
    .filter(([pattern]) => matchesPattern(pattern, segment))
    .map(([, schema]) => schema);
  if (patterned.length > 0) return patterned;
  return typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
}

/** Every schema the value at `path` may have to match (alternatives expanded). */
export function schemasAt(root: JsonSchema, path: YamlPath): JsonSchema[] {
  let current: JsonSchema[] = alternatives(root, root);
  for (const segment of path) {
    current = current.flatMap((node) => childrenOf(node, segment)).flatMap((node) => alternatives(root, node));
  }
  return current;
}

const typesOf = (node: JsonSchema): readonly string[] => (node.type === undefined ? [] : typeof node.type === 'string' ? [node.type] : node.type);

function typeSummary(root: JsonSchema, node: SchemaNode): string | null {
  const types = [...new Set(alternatives(root, node).flatMap(typesOf))];
  return types.length > 0 ? types.join(' | ') : null;
}

function descriptionOf(root: JsonSchema, node: SchemaNode): string | null {
  return alternatives(root, node).find((alternative) => alternative.description)?.description ?? null;
}

/**
 * The keys a mapping at `path` may have, from the object schemas it may match, in the schema's order; names
 * the user chooses (services, volumes: patternProperties) are not offered.
 */
export function keysAt(root: JsonSchema, path: YamlPath): KeyOption[] {
  const keys = new Map<string, KeyOption>();
  for (const node of schemasAt(root, path)) {
    const types = typesOf(node);
    if (types.length > 0 && !types.includes('object')) continue;
    for (const [key, schema] of Object.entries(node.properties ?? {})) {
      if (!keys.has(key)) keys.set(key, { key, description: descriptionOf(root, schema), type: typeSummary(root, schema) });
    }
  }
  return [...keys.values()];
}

/** The values a scalar at `path` may take: the schema's `enum`s, and true/false where a boolean is allowed. */
export function valuesAt(root: JsonSchema, path: YamlPath): string[] {
  const values = new Set<string>();
  for (const node of schemasAt(root, path)) {
    for (const value of node.enum ?? []) if (value !== null && typeof value !== 'object') values.add(String(value));
    if (typesOf(node).includes('boolean')) {
      values.add('true');
      values.add('false');
    }
  }
  return [...values];
}
