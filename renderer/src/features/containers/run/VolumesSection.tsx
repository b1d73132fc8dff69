import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FormSection } from '../../../components/FormSection';
import { monoFont } from '../../../components/theme';
import { VolumePicker } from '../../volumes';
import { newMountRow, type MountKind, type MountRow } from './run-form';
import { EditableRows } from './EditableRows';
import type { RunSectionProps } from './run-section';

const mountKinds: { value: MountKind; label: string }[] = [
  { value: 'volume', label: 'Named volume' },
  { value: 'anonymous', label: 'New anonymous volume' },
  { value: 'bind', label: 'Bind mount (host path)' },
];

/** Mounts, one row each: a named volume (picked from the engine's), a new anonymous one, or a host folder. */
export function VolumesSection({ form, set, issueOf }: RunSectionProps) {
  return (
    <FormSection title="Volumes" hint="A named volume (created if it does not exist), a new anonymous one, or a folder of the host.">
      <EditableRows<MountRow>
        rows={form.mounts}
        onChange={(rows) => set('mounts', rows)}
        newRow={newMountRow}
        noun="volume"
        columns="190px 1fr 1fr auto 32px"
        removeMargin={(index) => (index === 0 ? 1 : 0.5)}
        cells={(row, index, update) => {
          const n = index + 1;
          const sourceIssue = issueOf(`mounts.${index}.source`);
          const targetIssue = issueOf(`mounts.${index}.target`);
          return (
            <>
              <TextField select value={row.kind} onChange={(e) => update({ kind: e.target.value as MountKind })} label={index === 0 ? 'Kind' : undefined} slotProps={{ select: { inputProps: { 'aria-label': `Volume ${n} kind` } }, inputLabel: { shrink: true } }}>
                {mountKinds.map((kind) => (
                  <MenuItem key={kind.value} value={kind.value}>
                    {kind.label}
                  </MenuItem>
                ))}
              </TextField>
              {row.kind === 'volume' ? (
                <VolumePicker
                  value={row.source}
                  onChange={(source) => update({ source })}
                  error={Boolean(sourceIssue)}
                  helperText={sourceIssue}
                  label={index === 0 ? 'Volume or host path' : undefined}
                  ariaLabel={`Volume name ${n}`}
                />
              ) : (
                <TextField
                  value={row.kind === 'anonymous' ? '' : row.source}
                  disabled={row.kind === 'anonymous'}
                  placeholder={row.kind === 'bind' ? '/path/on/host' : 'made by the engine'}
                  onChange={(e) => update({ source: e.target.value })}
                  error={Boolean(sourceIssue)}
                  helperText={sourceIssue}
                  label={index === 0 ? 'Volume or host path' : undefined}
                  slotProps={{ htmlInput: { 'aria-label': row.kind === 'bind' ? `Host path ${n}` : `Volume name ${n}`, spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
                />
              )}
              <TextField
                value={row.target}
                placeholder="/path/in/container"
                onChange={(e) => update({ target: e.target.value })}
                error={Boolean(targetIssue)}
                helperText={targetIssue}
                label={index === 0 ? 'Path in container' : undefined}
                slotProps={{ htmlInput: { 'aria-label': `Path in container ${n}`, spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
              />
              <FormControlLabel
                sx={{ mr: 0, mt: index === 0 ? 1 : 0.25 }}
                control={<Checkbox checked={row.readOnly} onChange={(e) => update({ readOnly: e.target.checked })} slotProps={{ input: { 'aria-label': `Read-only ${n}` } }} />}
                label="Read-only"
              />
            </>
          );
        }}
      />
    </FormSection>
  );
}
