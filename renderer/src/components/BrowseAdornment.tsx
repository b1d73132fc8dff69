import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract/index';
import { useBerthClient } from '../api/BerthProvider';
import { useOp } from '../api/hooks';
import { notifyError } from './notifications';

type PickRequest = InputOf<'host.pickPath'>;

/**
 * A "Browse…" button at the end of a path field, shown only where the shell has native file dialogs (the
 * Electron app); in the web shell the path is typed, since the browser may not even be on Berth's computer.
 */
export function BrowseAdornment({ request, onPick }: { request: PickRequest; onPick(path: string): void }) {
  const { t } = useTranslation('components');
  const host = useOp('host.info', {});
  const client = useBerthClient();
  if (!host.data?.nativeDialogs) return null;
  const browse = () => {
    client
      .call('host.pickPath', request)
      .then(({ path }) => path && onPick(path))
      .catch((error: unknown) => notifyError(t('browse.failed'), error));
  };
  return (
    <InputAdornment position="end">
      <Tooltip title={t('browse.label')}>
        <IconButton aria-label={t('browse.label')} edge="end" onClick={browse}>
          <FolderOpenOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </InputAdornment>
  );
}
