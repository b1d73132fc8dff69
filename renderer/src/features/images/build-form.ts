import type { TFunction } from 'i18next';
import { imageOps } from '../../../../shared/contract/images';
import type { InputOf } from '../../../../shared/contract/index';
import type { BuildLine } from '../../../../shared/contract/images';
import { issueProblem } from '../../api/zod-issues';

/*
 * The build dialog's form, turned into the contract's images.build input and checked with the contract's own
 * schema (so the dialog refuses exactly what main would), each issue keyed by the field it belongs to.
 */

export interface BuildForm {
  /** The build context: a folder on the host. */
  context: string;
  dockerfile: string;
  tags: string[];
  buildArgs: { key: string; value: string }[];
  target: string;
  noCache: boolean;
}

export function emptyBuildForm(): BuildForm {
  return { context: '', dockerfile: 'Dockerfile', tags: [''], buildArgs: [], target: '', noCache: false };
}

/** The form again from a job's input (a build shown from the jobs list, changed and run again). */
export function buildFormFrom(input: InputOf<'images.build'>): BuildForm {
  return {
    context: input.context,
    dockerfile: input.dockerfile ?? 'Dockerfile',
    tags: input.tags?.length ? [...input.tags] : [''],
    buildArgs: Object.entries(input.buildArgs ?? {}).map(([key, value]) => ({ key, value })),
    target: input.target ?? '',
    noCache: input.noCache ?? false,
  };
}

interface BuildCheck {
  input: InputOf<'images.build'>;
  /** 'context', 'dockerfile', 'tags.0', 'buildArgs.1.key', 'target'… → what is wrong. */
  issues: ReadonlyMap<string, string>;
}

/** `t`: the images namespace's (the form's own words; the contract's schema words its issues itself). */
export function checkBuildForm(t: TFunction, form: BuildForm): BuildCheck {
  const issues = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!issues.has(key)) issues.set(key, message);
  };
  const tagRows: number[] = [];
  const tags = form.tags.flatMap((tag, index) => {
    if (!tag.trim()) return [];
    tagRows.push(index);
    return [tag.trim()];
  });
  const buildArgs: Record<string, string> = {};
  const argRows = new Map<string, number>();
  form.buildArgs.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && !row.value) return;
    if (!key) return add(`buildArgs.${index}.key`, t('build.issues.argNeedsName'));
    if (argRows.has(key)) return add(`buildArgs.${index}.key`, t('build.issues.argAlreadySet'));
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return add(`buildArgs.${index}.key`, t('build.issues.argName'));
    argRows.set(key, index);
    buildArgs[key] = row.value;
  });
  const input: InputOf<'images.build'> = {
    context: form.context.trim(),
    dockerfile: form.dockerfile.trim() || 'Dockerfile',
    tags,
    buildArgs,
    noCache: form.noCache,
    labels: {},
  };
  if (form.target.trim()) input.target = form.target.trim();

  if (!input.context) add('context', t('build.issues.contextRequired'));
  const parsed = imageOps['images.build'].input.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, at] = issue.path;
      if (head === 'tags' && typeof at === 'number') add(`tags.${tagRows[at] ?? 0}`, issueProblem(issue, t));
      else if (head === 'buildArgs' && typeof at === 'string') add(`buildArgs.${argRows.get(at) ?? 0}.key`, issueProblem(issue, t));
      else add(String(head ?? 'form'), issueProblem(issue, t));
    }
  }
  return { input, issues };
}

/** One step of a build log: its instruction, whether the cache served it, and what it printed. */
export interface BuildStep {
  step: number;
  totalSteps: number | null;
  instruction: string;
  cached: boolean;
  failed: boolean;
  lines: BuildLine[];
}

interface BuildLogView {
  /** Lines before the first step (context upload, a parse error). */
  preamble: BuildLine[];
  steps: BuildStep[];
}

/** The log as steps, each with its lines; `failedStep` marks the one main named in its error. */
export function groupBuildLog(lines: readonly BuildLine[], failedStep: number | null = null): BuildLogView {
  const preamble: BuildLine[] = [];
  const steps: BuildStep[] = [];
  for (const line of lines) {
    if (line.kind === 'step' && line.step !== null) {
      steps.push({ step: line.step, totalSteps: line.totalSteps, instruction: line.text, cached: false, failed: line.step === failedStep, lines: [] });
      continue;
    }
    const current = steps.at(-1);
    if (!current || line.step === null) {
      preamble.push(line);
      continue;
    }
    if (line.kind === 'cached') current.cached = true;
    if (line.kind === 'error') current.failed = true;
    current.lines.push(line);
  }
  return { preamble, steps };
}

/**
 * Why a step ran instead of coming from the layer cache, as the builder decides: with --no-cache nothing is
 * looked up; otherwise each step's cache key is its parent layer plus its instruction (and, for COPY/ADD, the
 * files' checksums), so the first step whose input changed misses, and every later step of that stage misses
 * too because its parent is a new layer.
 */
export type CacheVerdict = { kind: 'cached' } | { kind: 'no-cache' } | { kind: 'changed' } | { kind: 'after'; step: number };

/**
 * Each step's verdict (null for FROM, which starts a stage, and for the step still running, which may yet
 * say "Using cache").
 */
export function cacheVerdicts(steps: readonly Pick<BuildStep, 'step' | 'instruction' | 'cached'>[], noCache: boolean, running: boolean): (CacheVerdict | null)[] {
  let firstMiss: number | null = null;
  return steps.map((step, index): CacheVerdict | null => {
    if (/^FROM\b/i.test(step.instruction.trim())) {
      firstMiss = null; // a new stage: its own chain of cache keys
      return null;
    }
    if (step.cached) return { kind: 'cached' };
    if (running && index === steps.length - 1) return null;
    if (noCache) return { kind: 'no-cache' };
    if (firstMiss === null) {
      firstMiss = step.step;
      return { kind: 'changed' };
    }
    return { kind: 'after', step: firstMiss };
  });
}
