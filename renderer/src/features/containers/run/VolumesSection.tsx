import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FormSection } from '../../../components/FormSection';
import { monoFont } from '../../../components/theme';
import { VolumePicker } from '../../volumes';
import { newMountRow, type MountKind, type MountRow } from './run-form';
import { patchRow, type RunSectionProps } from './run-section';

const mountKinds: { value: MountKind; label: string }[] = [
  { value: 'volume', label: 'Named volume' },
  { value: 'anonymous', label: 'New anonymous volume' },
  { value: 'bind', label: 'Bind mount (host path)' },
];

/** Mounts, one row each: a named volume (picked from the engine's), a new anonymous one, or a host folder. */
export function VolumesSection({ form, set, issueOf }: RunSectionProps) {
  return (
    <FormSection title="Volumes" hint="A named volume (created if it does not exist), a new anonymous one, or a folder of the host.">
      {form.mounts.map((row, index) => {
        const update = (patch: Partial<MountRow>) => set('mounts', patchRow(form.mounts, index, patch));
        const n = index + 1;
        const sourceIssue = issueOf(`mounts.${index}.source`);
        const targetIssue = issueOf(`mounts.${index}.target`);
        return (
          <Box key={index} sx={{ display: 'grid', gridTemplateColumns: '190px 1fr 1fr auto 32px', gap: 1, alignItems: 'flex-start' }}>
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
            <IconButton aria-label={`Remove volume ${n}`} onClick={() => set('mounts', form.mounts.filter((_, i) => i !== index))} sx={{ mt: index === 0 ? 1 : 0.5 }}>
              <CloseOutlined fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      <Box>
        <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => set('mounts', [...form.mounts, newMountRow()])}>
          Add volume
        </Button>
      </Box>
    </FormSection>
  );
}
