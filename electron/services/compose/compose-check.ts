import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import type { ComposeCheck, ComposeDiagnostic, ComposeFileProject } from '../../../shared/contract/compose.js';
import { BerthError } from '../../../shared/contract/errors.js';
import { parseDotenv } from '../../../shared/dotenv.js';
import { MAX_COMPOSE_BYTES, readTextFile } from './files-on-disk.js';
import { interpolateDocument, InterpolationTooLarge, type ScalarProblem } from './interpolate-document.js';
import type { Lookup } from './interpolate.js';
import { composeModel, type CheckedFile } from './model.js';
import { duplicateKeys, parseComposeText } from './parse.js';
import { FILE_START, FilePositions, lineAndColumn } from './positions.js';
import { schemaDiagnostics } from './schema-diagnostics.js';
import { validateCompose } from './schema.js';

/** A file of the project as text; null when it does not exist. */
export interface FileText {
  path: string;
  text: string | null;
}

/** What one check reports at most: more than an editor can show usefully, bounded whatever the text. */
const MAX_DIAGNOSTICS = 1000;
/** What the substitutions of one file may produce, in characters. */
const MAX_INTERPOLATED = 8 * MAX_COMPOSE_BYTES;
/** Alias expansions allowed when reading a file's data (a "billion laughs" text stops here). */
const MAX_ALIASES = 1000;

/** yaml's own words for a repeated key (its check is replaced by duplicateKeys). */
const DUPLICATE = 'Map keys must be unique';

/** Top-level keys only compose files have: a broken file that has one is a compose file being edited. */
const COMPOSE_SECTIONS = new Set(['services', 'version', 'name', 'volumes', 'networks', 'secrets', 'configs']);

/**
 * The variables a project's files see: the environment of Berth's process over the folder's `.env`, which is
 * compose's precedence (the shell wins over .env).
 */
export function projectLookup(dir: string, env: NodeJS.ProcessEnv = process.env): Lookup {
  const dotenv = new Map(parseDotenv(readTextFile(path.join(dir, '.env'))?.text ?? '').entries.map(({ key, value }) => [key, value]));
  return (name) => env[name] ?? dotenv.get(name);
}

/**
 * A first look at a file being opened: why it is not a compose file at all (not YAML, or not a mapping at the
 * top), and its `name:` as written. A file with YAML errors whose top level still reads as a mapping with a
 * compose section is a compose file with a mistake: it opens, and the editor shows the mistake. An empty file
 * opens too (a project being started).
 */
export function firstLook(text: string): { problem: { line: number; column: number; reason: string } | null; name: string | null } {
  const { doc, lines } = parseComposeText(text);
  const top = doc.contents;
  const at = (offset: number) => lineAndColumn(lines, offset);
  const name = isMap(top) ? top.get('name') : undefined;
  const looksLikeCompose = isMap(top) && top.items.some((pair) => isScalar(pair.key) && (COMPOSE_SECTIONS.has(String(pair.key.value)) || String(pair.key.value).startsWith('x-')));
  const error = doc.errors[0];
  const syntax = error ? { ...at(error.pos[0]), reason: error.message } : null;
  let problem = null;
  if (top !== null && !isMap(top)) problem = syntax ?? { ...at(top.range?.[0] ?? 0), reason: 'its top level is not a mapping of keys to values' };
  else if (!looksLikeCompose) problem = syntax;
  return { problem, name: typeof name === 'string' ? name : null };
}

function describeTop(node: unknown): string {
  if (node === null) return 'nothing';
  if (isSeq(node)) return 'a list';
  return 'a single value';
}

function interpolationDiagnostic(positions: FilePositions, { node, problem }: ScalarProblem): ComposeDiagnostic {
  const span = positions.ofNode(node) ?? FILE_START;
  switch (problem.code) {
    case 'variable-unset':
      return positions.diagnostic(span, 'variable-unset', { variable: problem.variable }, `The variable ${problem.variable} is not set (neither in .env nor in Berth's environment) and has no default.`);
    case 'variable-required': {
      const params: Record<string, string> = { variable: problem.variable };
      if (problem.message) params.message = problem.message;
      return positions.diagnostic(span, 'variable-required', params, `The variable ${problem.variable} must be set${problem.message ? `: ${problem.message}` : '.'}`);
    }
    case 'variable-syntax':
      return positions.diagnostic(span, 'variable-syntax', { reason: problem.reason, text: String(node.value).slice(0, 200) }, `This value is not a valid compose template: ${problem.reason}.`);
  }
}

/** Every check of one file; `checked` (for the model) only when it has no error. */
function checkFile(file: FileText, lookup: Lookup): { diagnostics: ComposeDiagnostic[]; checked: CheckedFile | null } {
  if (file.text === null) {
    const missing = new FilePositions(file.path, new LineCounter());
    return { diagnostics: [missing.diagnostic(FILE_START, 'file-missing', {}, `${file.path} does not exist.`)], checked: null };
  }
  const { doc, lines } = parseComposeText(file.text);
  const positions = new FilePositions(file.path, lines);
  const yamlProblems = [...doc.errors.map((error) => ({ error, severity: 'error' as const })), ...doc.warnings.map((error) => ({ error, severity: 'warning' as const }))];
  const diagnostics = yamlProblems.map(({ error, severity }) =>
    positions.diagnostic(positions.span(error.pos[0], error.pos[1]), 'yaml', { reason: error.message, yamlCode: error.code }, `YAML: ${error.message}.`, severity),
  );
  for (const key of duplicateKeys(doc)) {
    diagnostics.push(positions.diagnostic(positions.ofNode(key) ?? FILE_START, 'yaml', { reason: DUPLICATE, yamlCode: 'DUPLICATE_KEY' }, `YAML: ${DUPLICATE}.`));
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, checked: null };

  const top = doc.contents;
  if (!isMap(top)) {
    const found = describeTop(top);
    const span = positions.ofNode(top as Node | null) ?? FILE_START;
    const message = top === null ? 'The file is empty: a compose file holds a mapping of keys such as services:.' : `A compose file holds a mapping of keys such as services:, not ${found}.`;
    diagnostics.push(positions.diagnostic(span, 'not-a-mapping', { found }, message));
    return { diagnostics, checked: null };
  }

  let problems: ScalarProblem[];
  try {
    problems = interpolateDocument(doc, lookup, MAX_INTERPOLATED);
  } catch (error) {
    if (error instanceof InterpolationTooLarge) throw new BerthError('INVALID_INPUT', `The variables of ${file.path} make it larger than ${MAX_INTERPOLATED / 1024 / 1024} MB; Berth stops there.`);
    throw error;
  }
  diagnostics.push(...problems.map((problem) => interpolationDiagnostic(positions, problem)));

  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch (error) {
    // Only the alias bound makes toJS throw on a document that parsed without errors.
    diagnostics.push(positions.diagnostic(FILE_START, 'yaml', { reason: (error as Error).message }, `YAML: ${(error as Error).message}.`));
    return { diagnostics, checked: null };
  }
  const unsubstituted = new Set<Node>(problems.map((p) => p.node));
  diagnostics.push(...schemaDiagnostics(doc, validateCompose(data), positions, unsubstituted, MAX_DIAGNOSTICS));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { diagnostics, checked: failed ? null : { data, doc, positions } };
}

const byPlace = (a: ComposeDiagnostic, b: ComposeDiagnostic) => a.line - b.line || a.column - b.column;

/** Checks texts of a project's files (in merge order) with the project's variables; the model when all pass. */
export function checkTexts(files: FileText[], lookup: Lookup): ComposeCheck {
  const results = files.map((file) => checkFile(file, lookup));
  const diagnostics = results.flatMap((result) => result.diagnostics.sort(byPlace)).slice(0, MAX_DIAGNOSTICS);
  const checked = results.map((result) => result.checked);
  const passed = checked.every((file): file is CheckedFile => file !== null);
  return { model: passed ? composeModel(checked) : null, diagnostics };
}

/** Checks a project's files as they are on disk, with one of them replaced by an unsaved text when given. */
export function checkProject(project: ComposeFileProject, replaced?: { path: string; text: string }, env: NodeJS.ProcessEnv = process.env): ComposeCheck {
  const files = project.files.map((file) => ({ path: file, text: file === replaced?.path ? replaced.text : (readTextFile(file)?.text ?? null) }));
  return checkTexts(files, projectLookup(project.dir, env));
}
