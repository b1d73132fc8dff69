import { isAlias, isCollection, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ComposeDiagnostic } from '../../../shared/contract/compose.js';
import { FILE_START, type FilePositions, type Span } from './positions.js';
import type { SchemaError } from './schema.js';

/** A place in the document: the node a path names, and the key that names it (null for list items and the top). */
interface Place {
  node: Node | null;
  key: Node | null;
}

/** How deep `<<` merges are followed when a key comes from one (aliases of aliases). */
const MAX_MERGE_DEPTH = 8;

function resolved(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/** Each mapping's pairs by key, made on first use: a large file's errors must not each scan a whole mapping. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function ownPair(map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

/** The pair of `map` for `key`, looking into `<<` merges (where the key is written) when it is not the map's own. */
function findPair(doc: Document, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  const own = ownPair(map, key);
  if (own || depth >= MAX_MERGE_DEPTH) return own;
  for (const pair of map.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') continue;
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
    for (const source of sources) {
      const target = resolved(doc, source);
      const found = isMap(target) ? findPair(doc, target, key, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** A JSON pointer's parts (`~1` is "/", `~0` is "~"). */
function segmentsOf(instancePath: string): string[] {
  return instancePath === '' ? [] : instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The node an ajv instancePath names (`/services/web/ports/0`), or the deepest one that exists on the way when
 * the data came from somewhere the document does not spell out.
 */
function locate(doc: Document, instancePath: string): Place {
  let place: Place = { node: doc.contents, key: null };
  for (const segment of segmentsOf(instancePath)) {
    const container = resolved(doc, place.node);
    let next: Place | null = null;
    if (isMap(container)) {
      const pair = findPair(doc, container, segment);
      if (pair) next = { node: (pair.value as Node | null) ?? null, key: pair.key as Node };
    } else if (isSeq(container)) {
      const item = container.items[Number(segment)];
      if (item !== undefined) next = { node: item as Node, key: null };
    }
    if (!next) break;
    place = next;
  }
  return place;
}

/** Where to underline: the key of a setting whose value is a whole block (or nothing), else the value itself. */
function spanOf(doc: Document, positions: FilePositions, place: Place): Span {
  const value = resolved(doc, place.node);
  const isEmpty = isScalar(value) && value.value === null;
  const keySpan = positions.ofNode(place.key);
  if (keySpan && (isCollection(value) || isEmpty || !place.node)) return keySpan;
  return positions.ofNode(place.node) ?? keySpan ?? FILE_START;
}

function keySpanIn(doc: Document, positions: FilePositions, place: Place, key: string): Span | null {
  const map = resolved(doc, place.node);
  const pair = isMap(map) ? findPair(doc, map, key) : undefined;
  return pair ? positions.ofNode(pair.key as Node) : null;
}

/** `/services/web/ports` → "services.web.ports", as people read compose settings. */
function dotted(instancePath: string): string {
  return instancePath === '' ? 'the top level' : segmentsOf(instancePath).join('.');
}

const list = (value: unknown) => [value].flat().map(String).join(', ');

/**
 * Each schema error as a diagnostic at the node it is about: an unknown key at that key, a missing one at the
 * mapping that lacks it (its key), anything else at the value. Errors about a value whose variables could not be
 * substituted are left out: that value is already reported, and the schema only saw its raw text.
 */
export function schemaDiagnostics(doc: Document, errors: SchemaError[], positions: FilePositions, unsubstituted: ReadonlySet<Node>, limit: number): ComposeDiagnostic[] {
  return errors.slice(0, limit).flatMap((error): ComposeDiagnostic[] => {
    const place = locate(doc, error.instancePath);
    if (place.node && unsubstituted.has(place.node)) return [];
    const where = dotted(error.instancePath);
    const at = spanOf(doc, positions, place);
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        const span = keySpanIn(doc, positions, place, key) ?? at;
        return [positions.diagnostic(span, 'schema-unknown-key', { key, path: where }, `"${key}" is not a key compose knows in ${where}.`)];
      }
      case 'required': {
        const key = String(params.missingProperty);
        return [positions.diagnostic(at, 'schema-required', { key, path: where }, `${where} needs the key "${key}".`)];
      }
      case 'type': {
        const expected = list(params.type);
        return [positions.diagnostic(at, 'schema-type', { expected, path: where }, `${where} must be of type ${expected.replace(/, /g, ' or ')}.`)];
      }
      case 'enum': {
        const allowed = list(params.allowedValues);
        return [positions.diagnostic(at, 'schema-enum', { allowed, path: where }, `${where} must be one of: ${allowed}.`)];
      }
      case 'pattern': {
        const pattern = String(params.pattern);
        return [positions.diagnostic(at, 'schema-pattern', { pattern, path: where }, `${where} does not match the pattern ${pattern}.`)];
      }
      case 'format': {
        const format = String(params.format);
        const example = format === 'duration' ? ' (a duration such as 10s, 1m30s or 1h)' : '';
        return [positions.diagnostic(at, 'schema-format', { format, path: where }, `${where} is not a valid ${format}${example}.`)];
      }
      default: {
        const message = error.message ?? error.keyword;
        return [positions.diagnostic(at, 'schema-other', { message, path: where }, `${where} ${message}.`)];
      }
    }
  });
}
