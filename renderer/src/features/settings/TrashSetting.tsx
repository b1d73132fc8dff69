import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract/settings';
import { formatBytes } from '../../lib/bytes';
import { useUpdateSettings } from './useSettings';

const GIB = 1024 ** 3;
const DAY_CHOICES = [1, 3, 7, 14, 30, 90, 365];
const BUDGET_CHOICES = [0, GIB / 2, GIB, 2 * GIB, 5 * GIB, 10 * GIB];

/** The choices, with the current value among them even when it was set elsewhere (the settings file). */
const withCurrent = (choices: number[], current: number) => [...new Set([...choices, current])].sort((a, b) => a - b);

/** How long Recently removed keeps things, and how much room volume archives may take (0: volumes are not kept). */
export function TrashSetting({ trash }: { trash: Settings['trash'] }) {
  const { t } = useTranslation('settings');
  const update = useUpdateSettings();
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <TextField
        select
        label={t('trash.keepDays')}
        value={trash.keepDays}
        onChange={(event) => void update({ trash: { keepDays: Number(event.target.value) } })}
        helperText={t('trash.keepDaysHint')}
        sx={{ width: 260 }}
      >
        {withCurrent(DAY_CHOICES, trash.keepDays).map((days) => (
          <MenuItem key={days} value={days}>
            {t('trash.days', { days })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('trash.budget')}
        value={trash.volumeBudgetBytes}
        onChange={(event) => void update({ trash: { volumeBudgetBytes: Number(event.target.value) } })}
        helperText={t('trash.budgetHint')}
        sx={{ width: 320 }}
      >
        {withCurrent(BUDGET_CHOICES, trash.volumeBudgetBytes).map((bytes) => (
          <MenuItem key={bytes} value={bytes}>
            {bytes === 0 ? t('trash.off') : formatBytes(bytes)}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
