import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { FormSection } from '../../../components/FormSection';
import { newPortRow, type PortRow } from './run-form';
import { EditableRows } from './EditableRows';
import type { RunSectionProps } from './run-section';

/** Published ports, one row each: host IP, host port (empty: a free one), container port, protocol. */
export function PortsSection({ form, set, issueOf }: RunSectionProps) {
  return (
    <FormSection title="Ports" hint="Publish container ports on the host; leave the host port empty for a free one.">
      <EditableRows
        rows={form.ports}
        onChange={(rows) => set('ports', rows)}
        newRow={() => newPortRow()}
        noun="port"
        columns="1.2fr 1fr 1fr 96px 32px"
        cells={(row, index, update) => {
          const n = index + 1;
          const issue = (name: string) => issueOf(`ports.${index}.${name}`);
          return (
            <>
              <TextField value={row.hostIp} placeholder="all interfaces" onChange={(e) => update({ hostIp: e.target.value })} error={Boolean(issue('hostIp'))} helperText={issue('hostIp')} label={index === 0 ? 'Host IP' : undefined} slotProps={{ htmlInput: { 'aria-label': `Host IP ${n}`, spellCheck: false }, inputLabel: { shrink: true } }} />
              <TextField value={row.hostPort} placeholder="automatic" onChange={(e) => update({ hostPort: e.target.value })} error={Boolean(issue('hostPort'))} helperText={issue('hostPort')} label={index === 0 ? 'Host port' : undefined} slotProps={{ htmlInput: { 'aria-label': `Host port ${n}`, inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
              <TextField value={row.containerPort} placeholder="e.g. 80" onChange={(e) => update({ containerPort: e.target.value })} error={Boolean(issue('containerPort'))} helperText={issue('containerPort')} label={index === 0 ? 'Container port' : undefined} slotProps={{ htmlInput: { 'aria-label': `Container port ${n}`, inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
              <TextField select value={row.protocol} onChange={(e) => update({ protocol: e.target.value as PortRow['protocol'] })} label={index === 0 ? 'Protocol' : undefined} slotProps={{ select: { inputProps: { 'aria-label': `Protocol ${n}` } }, inputLabel: { shrink: true } }}>
                <MenuItem value="tcp">TCP</MenuItem>
                <MenuItem value="udp">UDP</MenuItem>
              </TextField>
            </>
          );
        }}
      />
    </FormSection>
  );
}
