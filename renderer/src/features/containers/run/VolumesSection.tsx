import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/FormSection';
import { monoFont } from '../../../components/theme';
import { VolumePicker } from '../../volumes';
import { newMountRow, type MountKind, type MountRow } from './run-form';
import { EditableRows } from './EditableRows';
import type { RunSectionProps } from './run-section';

/** The kinds of mount, in the menu's order; each is worded by `volumes.kinds.<kind>`. */
const mountKinds: MountKind[] = ['volume', 'anonymous', 'bind'];

/** Mounts, one row each: a named volume (picked from the engine's), a new anonymous one, or a host folder. */
export function VolumesSection({ form, set, issueOf }: RunSectionProps) {
  const { t } = useTranslation('run');
  return (
    <FormSection title={t('volumes.title')} hint={t('volumes.hint')}>
      <EditableRows<MountRow>
        rows={form.mounts}
        onChange={(rows) => set('mounts', rows)}
        newRow={newMountRow}
        addLabel={t('volumes.add')}
        removeLabel={(n) => t('volumes.remove', { n })}
        // eslint-disable-next-line berth/no-literal-ui-text -- CSS grid columns
        columns="190px 1fr 1fr auto 32px"
        removeMargin={(index) => (index === 0 ? 1 : 0.5)}
        cells={(row, index, update) => {
          const n = index + 1;
          const sourceIssue = issueOf(`mounts.${index}.source`);
          const targetIssue = issueOf(`mounts.${index}.target`);
          return (
            <>
              <TextField select value={row.kind} onChange={(e) => update({ kind: e.target.value as MountKind })} label={index === 0 ? t('volumes.kind') : undefined} slotProps={{ select: { inputProps: { 'aria-label': t('volumes.kindRow', { n }) } }, inputLabel: { shrink: true } }}>
                {mountKinds.map((kind) => (
                  <MenuItem key={kind} value={kind}>
                    {t(`volumes.kinds.${kind}`)}
                  </MenuItem>
                ))}
              </TextField>
              {row.kind === 'volume' ? (
                <VolumePicker
                  value={row.source}
                  onChange={(source) => update({ source })}
                  error={Boolean(sourceIssue)}
                  helperText={sourceIssue}
                  label={index === 0 ? t('volumes.source') : undefined}
                  ariaLabel={t('volumes.volumeNameRow', { n })}
                />
              ) : (
                <TextField
                  value={row.kind === 'anonymous' ? '' : row.source}
                  disabled={row.kind === 'anonymous'}
                  // eslint-disable-next-line berth/no-literal-ui-text -- an example path, the same in every language
                  placeholder={row.kind === 'bind' ? '/path/on/host' : t('volumes.anonymousPlaceholder')}
                  onChange={(e) => update({ source: e.target.value })}
                  error={Boolean(sourceIssue)}
                  helperText={sourceIssue}
                  label={index === 0 ? t('volumes.source') : undefined}
                  slotProps={{ htmlInput: { 'aria-label': row.kind === 'bind' ? t('volumes.hostPathRow', { n }) : t('volumes.volumeNameRow', { n }), spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
                />
              )}
              <TextField
                value={row.target}
                // eslint-disable-next-line berth/no-literal-ui-text -- an example path, the same in every language
                placeholder="/path/in/container"
                onChange={(e) => update({ target: e.target.value })}
                error={Boolean(targetIssue)}
                helperText={targetIssue}
                label={index === 0 ? t('volumes.target') : undefined}
                slotProps={{ htmlInput: { 'aria-label': t('volumes.targetRow', { n }), spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
              />
              <FormControlLabel
                sx={{ mr: 0, mt: index === 0 ? 1 : 0.25 }}
                control={<Checkbox checked={row.readOnly} onChange={(e) => update({ readOnly: e.target.checked })} slotProps={{ input: { 'aria-label': t('volumes.readOnlyRow', { n }) } }} />}
                label={t('volumes.readOnly')}
              />
            </>
          );
        }}
      />
    </FormSection>
  );
}
