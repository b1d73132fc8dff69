import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { routes } from '../../../../shared/routes';
import { monoFont } from '../../components/theme';

/** How to get a compose tool, with the way to Settings: for the project page, failed runs and Settings itself. */
export function InstallHint({ withSettingsLink = true }: { withSettingsLink?: boolean }) {
  const { t } = useTranslation('compose');
  return (
    <Typography variant="body2" component="div">
      <Trans t={t} i18nKey="tool.install" components={{ code: <Box component="code" sx={{ fontFamily: monoFont }} /> }} />
      {withSettingsLink && (
        <>
          {' '}
          <Link href={routes.section('settings')}>{t('tool.openSettings')}</Link>
        </>
      )}
    </Typography>
  );
}
