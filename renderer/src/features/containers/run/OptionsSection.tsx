import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { RunSpec } from '../../../../../shared/run-spec';
import { FormSection } from '../../../components/FormSection';
import type { RunSectionProps } from './run-section';
import { RunTextField } from './RunTextField';
import { NetworkPicker } from '../../networks';

/** The restart policies, in the menu's order; each is worded by `options.restartChoices.<policy>`. */
const restartChoices: RunSpec['restart'][] = ['no', 'on-failure', 'unless-stopped', 'always'];

/** Working directory, user, restart policy, network, --rm and -it. */
export function OptionsSection(section: RunSectionProps) {
  const { t } = useTranslation('run');
  const { form, set } = section;
  return (
    <FormSection title={t('options.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <RunTextField {...section} name="workingDir" label={t('options.workingDir')} placeholder={t('options.workingDirPlaceholder')} mono />
        <RunTextField {...section} name="user" label={t('options.user')} placeholder={t('options.userPlaceholder')} mono />
        <TextField select label={t('options.restart')} value={form.restart} onChange={(e) => set('restart', e.target.value as RunSpec['restart'])} slotProps={{ inputLabel: { shrink: true } }}>
          {restartChoices.map((choice) => (
            <MenuItem key={choice} value={choice}>
              {t(`options.restartChoices.${choice}`)}
            </MenuItem>
          ))}
        </TextField>
        <NetworkPicker value={form.network} onChange={(network) => set('network', network)} issue={section.issueOf('network')} />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
        <FormControlLabel control={<Checkbox checked={form.autoRemove} onChange={(e) => set('autoRemove', e.target.checked)} />} label={t('options.autoRemove')} />
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
          label={t('options.interactive')}
        />
      </Box>
    </FormSection>
  );
}
