import type { TFunction } from 'i18next';
import { shellWordsError, splitShellWords } from '../run/shell-words';

/** What `docker exec` runs: sh, bash, or a command typed as a shell would split it; as a user or the image's. */
export interface ExecChoice {
  shell: 'sh' | 'bash' | 'custom';
  custom: string;
  user: string;
}

export const defaultExecChoice: ExecChoice = { shell: 'sh', custom: '', user: '' };

/** Why the typed command cannot run (a quote left open, nothing typed), or null; `t` of `terminal` (with `run` loaded). */
export function execChoiceIssue(choice: ExecChoice, t: TFunction): string | null {
  if (choice.shell !== 'custom') return null;
  const words = splitShellWords(choice.custom);
  if (!words.ok) return shellWordsError(words.error, t);
  return words.words.length === 0 ? t('terminal:execIssue.typeCommand') : null;
}

/** The exec's command and user; a custom command that cannot run falls back to sh. */
export function execCommand(choice: ExecChoice): { cmd: string[]; user?: string } {
  const words = choice.shell === 'custom' ? splitShellWords(choice.custom) : { ok: true as const, words: [choice.shell] };
  const cmd = words.ok && words.words.length > 0 ? words.words : ['sh'];
  const user = choice.user.trim();
  return user ? { cmd, user } : { cmd };
}
