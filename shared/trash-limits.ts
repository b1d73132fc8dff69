/**
 * Recently removed's limits when nothing is set: in a module of their own (no zod), so that the renderer can
 * know them without loading the settings schema into its first bundle.
 */
export const TRASH_DEFAULTS = {
  /** How long an entry is kept. */
  keepDays: 7,
  /** How many bytes the kept volume archives may take (2 GiB). */
  volumeBudgetBytes: 2 * 1024 ** 3,
} as const;
