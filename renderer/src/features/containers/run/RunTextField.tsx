import TextField from '@mui/material/TextField';
import { monoFont } from '../../../components/theme';
import type { RunForm } from './run-form';
import type { RunSectionProps } from './run-section';

/** Keys of the run form whose value is one line of text. */
type TextKey = { [K in keyof RunForm]: RunForm[K] extends string ? K : never }[keyof RunForm];

/** One text field of the run form, showing its issue (once Run was tried) in place of its helper text. */
export function RunTextField({
  name,
  label,
  placeholder,
  helper,
  mono = false,
  autoFocus,
  readOnly = false,
  form,
  set,
  issueOf,
}: RunSectionProps & { name: TextKey; label: string; placeholder?: string; helper?: string; mono?: boolean; autoFocus?: boolean; readOnly?: boolean }) {
  const issue = issueOf(name);
  return (
    <TextField
      label={label}
      value={form[name]}
      onChange={(event) => set(name, event.target.value)}
      error={Boolean(issue)}
      helperText={issue ?? helper}
      placeholder={placeholder}
      autoFocus={autoFocus}
      fullWidth
      slotProps={{ htmlInput: { spellCheck: false, readOnly, style: mono ? { fontFamily: monoFont } : undefined }, inputLabel: { shrink: true } }}
    />
  );
}
