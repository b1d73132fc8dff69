import type { RunForm } from './run-form';

/** What each section of the run form gets: the form, a setter per field, and the issue of a field key once shown. */
export interface RunSectionProps {
  form: RunForm;
  set<K extends keyof RunForm>(key: K, value: RunForm[K]): void;
  issueOf(key: string): string | undefined;
}
