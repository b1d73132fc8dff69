import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { RunSpec } from '../../../../../shared/run-spec';
import { FormSection } from '../../../components/FormSection';
import type { RunSectionProps } from './run-section';
import { RunTextField } from './RunTextField';
import { NetworkPicker } from '../../networks';

const restartChoices: { value: RunSpec['restart']; label: string }[] = [
  { value: 'no', label: 'No (default)' },
  { value: 'on-failure', label: 'On failure' },
  { value: 'unless-stopped', label: 'Unless stopped' },
  { value: 'always', label: 'Always' },
];

/** Working directory, user, restart policy, network, --rm and -it. */
export function OptionsSection(section: RunSectionProps) {
  const { form, set } = section;
  return (
    <FormSection title="Options">
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <RunTextField {...section} name="workingDir" label="Working directory" placeholder="the image's WORKDIR" mono />
        <RunTextField {...section} name="user" label="User" placeholder="e.g. 1000:1000 or nobody" mono />
        <TextField select label="Restart policy" value={form.restart} onChange={(e) => set('restart', e.target.value as RunSpec['restart'])} slotProps={{ inputLabel: { shrink: true } }}>
          {restartChoices.map((choice) => (
            <MenuItem key={choice.value} value={choice.value}>
              {choice.label}
            </MenuItem>
          ))}
        </TextField>
        <NetworkPicker value={form.network} onChange={(network) => set('network', network)} issue={section.issueOf('network')} />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        <FormControlLabel control={<Checkbox checked={form.autoRemove} onChange={(e) => set('autoRemove', e.target.checked)} />} label="Remove when it exits (--rm)" />
        <FormControlLabel
          control={
            <Checkbox
              checked={form.interactive && form.tty}
              indeterminate={form.interactive !== form.tty}
              onChange={(e) => {
                set('interactive', e.target.checked);
                set('tty', e.target.checked);
              }}
            />
          }
          label="Interactive with a terminal (-it), attach after start"
        />
      </Box>
    </FormSection>
  );
}
