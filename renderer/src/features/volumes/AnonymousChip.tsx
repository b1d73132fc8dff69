import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

/** A volume's chip saying the engine made it for a container rather than someone naming it. */
export function AnonymousChip() {
  const { t } = useTranslation('volumes');
  return (
    <Tooltip title={t('anonymous.tooltip')}>
      <Chip label={t('anonymous.label')} variant="outlined" sx={{ height: 20, fontSize: 11, color: 'text.secondary', flexShrink: 0 }} />
    </Tooltip>
  );
}
