import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/FormSection';
import { newPortRow, type PortRow } from './run-form';
import { EditableRows } from './EditableRows';
import type { RunSectionProps } from './run-section';

/** Published ports, one row each: host IP, host port (empty: a free one), container port, protocol. */
export function PortsSection({ form, set, issueOf }: RunSectionProps) {
  const { t } = useTranslation('run');
  return (
    <FormSection title={t('ports.title')} hint={t('ports.hint')}>
      <EditableRows
        rows={form.ports}
        onChange={(rows) => set('ports', rows)}
        newRow={() => newPortRow()}
        addLabel={t('ports.add')}
        removeLabel={(n) => t('ports.remove', { n })}
        columns="1.2fr 1fr 1fr 96px 32px"
        cells={(row, index, update) => {
          const n = index + 1;
          const issue = (name: string) => issueOf(`ports.${index}.${name}`);
          return (
            <>
              <TextField value={row.hostIp} placeholder={t('ports.hostIpPlaceholder')} onChange={(e) => update({ hostIp: e.target.value })} error={Boolean(issue('hostIp'))} helperText={issue('hostIp')} label={index === 0 ? t('ports.hostIp') : undefined} slotProps={{ htmlInput: { 'aria-label': t('ports.hostIpRow', { n }), spellCheck: false }, inputLabel: { shrink: true } }} />
              <TextField value={row.hostPort} placeholder={t('ports.hostPortPlaceholder')} onChange={(e) => update({ hostPort: e.target.value })} error={Boolean(issue('hostPort'))} helperText={issue('hostPort')} label={index === 0 ? t('ports.hostPort') : undefined} slotProps={{ htmlInput: { 'aria-label': t('ports.hostPortRow', { n }), inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
              <TextField value={row.containerPort} placeholder={t('ports.containerPortPlaceholder')} onChange={(e) => update({ containerPort: e.target.value })} error={Boolean(issue('containerPort'))} helperText={issue('containerPort')} label={index === 0 ? t('ports.containerPort') : undefined} slotProps={{ htmlInput: { 'aria-label': t('ports.containerPortRow', { n }), inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
              <TextField select value={row.protocol} onChange={(e) => update({ protocol: e.target.value as PortRow['protocol'] })} label={index === 0 ? t('ports.protocol') : undefined} slotProps={{ select: { inputProps: { 'aria-label': t('ports.protocolRow', { n }) } }, inputLabel: { shrink: true } }}>
                {/* eslint-disable-next-line berth/no-literal-ui-text -- protocol names, the same in every language */}
                <MenuItem value="tcp">TCP</MenuItem>
                {/* eslint-disable-next-line berth/no-literal-ui-text -- protocol names, the same in every language */}
                <MenuItem value="udp">UDP</MenuItem>
              </TextField>
            </>
          );
        }}
      />
    </FormSection>
  );
}
