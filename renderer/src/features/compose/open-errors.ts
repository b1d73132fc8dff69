import type { TFunction } from 'i18next';
import { BerthError } from '../../../../shared/contract/errors';
import type { HumanError } from '../../api/errors';

interface OpenErrorDetails {
  looked?: unknown;
  line?: unknown;
  column?: unknown;
}

/**
 * Why a file or folder could not be opened, for the path field: it is not there, holds no compose file, or is
 * no compose file (at its line and column); else the general words (main names the problem).
 */
export function openErrorWords(error: unknown, path: string, t: TFunction, explain: (error: unknown) => HumanError): { problem: string; detail?: string } {
  const details = (error instanceof BerthError ? (error.details ?? {}) : {}) as OpenErrorDetails;
  if (error instanceof BerthError && error.code === 'NOT_FOUND') {
    if (Array.isArray(details.looked)) return { problem: t('open.noComposeFile', { path, names: details.looked.join(', ') }) };
    return { problem: t('open.notFound', { path }) };
  }
  if (error instanceof BerthError && error.code === 'INVALID_INPUT' && typeof details.line === 'number' && typeof details.column === 'number') {
    // Main's message adds the parser's own words for what is wrong there.
    return { problem: t('open.notCompose', { line: details.line, column: details.column }), detail: error.message };
  }
  const human = explain(error);
  const detail = human.issues?.join('; ') ?? human.detail;
  return detail ? { problem: human.summary, detail } : { problem: human.summary };
}
