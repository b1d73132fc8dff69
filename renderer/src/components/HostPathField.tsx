import TextField from '@mui/material/TextField';
import type { InputOf } from '../../../shared/contract/index';
import { monoFont } from './theme';
import { BrowseAdornment } from './BrowseAdornment';

/**
 * A path on the computer Berth runs on (a tar file, a build context folder): typed, in a monospace font, with a
 * Browse… button where the shell has native dialogs. The path is checked by main, which words any problem.
 */
export function HostPathField({
  label,
  value,
  onChange,
  problem,
  helperText,
  placeholder,
  browse,
  autoFocus,
  disabled,
  fullWidth,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Why the path was refused, or true to mark the field when the reason is shown elsewhere. */
  problem?: string | boolean | null;
  helperText: string;
  placeholder: string;
  /** What the native dialog asks for. */
  browse: InputOf<'host.pickPath'>;
  autoFocus?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
}) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(problem)}
      helperText={typeof problem === 'string' ? problem : helperText}
      placeholder={placeholder}
      autoFocus={autoFocus}
      disabled={disabled}
      fullWidth={fullWidth}
      slotProps={{
        htmlInput: { spellCheck: false, style: { fontFamily: monoFont } },
        inputLabel: { shrink: true },
        input: { endAdornment: <BrowseAdornment request={browse} onPick={onChange} /> },
      }}
    />
  );
}
