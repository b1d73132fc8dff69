import { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { interpolate, type InterpolationProblem, type Lookup } from './interpolate.js';

/** A scalar whose value could not be interpolated; it keeps its text as written. */
export interface ScalarProblem {
  node: Scalar;
  problem: Exclude<InterpolationProblem, { code: 'too-large' }>;
}

/** Where a value sits: mapping keys, and "[]" for an item of a list (compose's paths ignore the index). */
interface PathLink {
  key: string;
  parent: PathLink | null;
  depth: number;
}

type Cast = (text: string) => number | boolean | undefined;

const toInt: Cast = (text) => (/^[-+]?\d+$/.test(text.trim()) ? Number.parseInt(text, 10) : undefined);
const toFloat: Cast = (text) => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined);
const toBoolean: Cast = (text) => {
  const word = text.trim().toLowerCase();
  if (['y', 'yes', 'true', 'on'].includes(word)) return true;
  if (['n', 'no', 'false', 'off'].includes(word)) return false;
  return undefined;
};

/**
 * After substitution every value is text; compose then turns the values of fields that are numbers or booleans
 * back into those (compose-go's interpolateTypeCastMapping, compose v1's ConversionMap), so that
 * `published: ${PORT}` or `privileged: ${PRIVILEGED}` pass the schema. The common ones of those lists; a value
 * that does not convert stays text and the schema says so, as compose does.
 */
const CASTS: [pattern: string[], cast: Cast][] = [
  ...['ports.[].target', 'ports.[].published', 'scale', 'cpu_count', 'cpu_shares', 'mem_swappiness', 'oom_score_adj', 'pids_limit', 'healthcheck.retries', 'deploy.replicas', 'ulimits.*', 'ulimits.*.soft', 'ulimits.*.hard', 'configs.[].mode', 'secrets.[].mode'].map(
    (field): [string[], Cast] => [['services', '*', ...field.split('.')], toInt],
  ),
  [['services', '*', 'cpus'], toFloat],
  ...['privileged', 'read_only', 'stdin_open', 'tty', 'init', 'oom_kill_disable', 'healthcheck.disable', 'volumes.[].read_only', 'volumes.[].volume.nocopy'].map(
    (field): [string[], Cast] => [['services', '*', ...field.split('.')], toBoolean],
  ),
  ...['networks.*.external', 'networks.*.internal', 'networks.*.attachable', 'volumes.*.external', 'secrets.*.external', 'configs.*.external'].map(
    (field): [string[], Cast] => [field.split('.'), toBoolean],
  ),
];
const LONGEST_CAST = Math.max(...CASTS.map(([pattern]) => pattern.length));

function castFor(link: PathLink): Cast | undefined {
  if (link.depth > LONGEST_CAST) return undefined;
  const path: string[] = [];
  for (let at: PathLink | null = link; at; at = at.parent) path.unshift(at.key);
  return CASTS.find(([pattern]) => pattern.length === path.length && pattern.every((part, i) => part === '*' || part === path[i]))?.[1];
}

export class InterpolationTooLarge extends Error {}

/**
 * Substitutes the variables of every string value of a document in place (keys are left as written, as compose
 * does), casting the fields compose casts. Returns the scalars that failed. `maxLength` bounds the text the
 * substitutions may produce in all (variables can be long and used many times); past it InterpolationTooLarge.
 * The walk is iterative: a deeply nested document must not exhaust the stack.
 */
export function interpolateDocument(doc: Document, lookup: Lookup, maxLength: number): ScalarProblem[] {
  const problems: ScalarProblem[] = [];
  let produced = 0;
  const pending: { node: Node; link: PathLink }[] = [];
  if (doc.contents) pending.push({ node: doc.contents, link: { key: '', parent: null, depth: 0 } });
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { node, link } = item;
    const child = (key: string) => ({ key, parent: link.depth === 0 ? null : link, depth: link.depth + 1 });
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (pair.value && isNodeValue(pair.value)) pending.push({ node: pair.value, link: child(key) });
      }
    } else if (isSeq(node)) {
      for (const value of node.items) if (isNodeValue(value)) pending.push({ node: value, link: child('[]') });
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('$')) {
      const result = interpolate(node.value, lookup, maxLength - produced);
      if (!result.ok) {
        if (result.problem.code === 'too-large') throw new InterpolationTooLarge();
        problems.push({ node, problem: result.problem });
        continue;
      }
      produced += result.value.length;
      node.value = castFor(link)?.(result.value) ?? result.value;
    }
  }
  return problems;
}

function isNodeValue(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}
