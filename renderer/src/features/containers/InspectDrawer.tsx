import CloseIcon from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useExplainError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { monoFont } from '../../components/theme';
import { CopyJsonButton, JsonView } from '../../components/JsonView';
import { IconAction } from '../../components/IconAction';

export interface InspectTarget {
  id: string;
  name: string;
}

/** `docker inspect` of one container as formatted JSON, searchable (matches highlighted and counted), copyable. */
export function InspectDrawer({ target, onClose }: { target: InspectTarget | null; onClose(): void }) {
  return (
    <Drawer
      anchor="right"
      open={target !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: 'min(760px, 70vw)', display: 'flex', flexDirection: 'column' } } }}
    >
      {/* Keyed by container so the search starts empty for each one. */}
      {target && <InspectContent key={target.id} target={target} onClose={onClose} />}
    </Drawer>
  );
}

/** The inspect JSON with its search; in the drawer with a title and close button, in a tab without. */
export function InspectContent({ target, onClose }: { target: InspectTarget; onClose?(): void }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  const inspect = useOp('containers.inspect', { id: target.id });
  return (
    <>
      {onClose && (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="h6" component="h2" noWrap>
            {t('inspect.title', { name: target.name })}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: monoFont }} noWrap component="div">
            {target.id}
          </Typography>
        </Box>
        <CopyJsonButton value={inspect.data} name={target.name} />
        <IconAction title={t('inspect.closeTip')} label={t('inspect.close')} onClick={onClose}>
          <CloseIcon fontSize="small" />
        </IconAction>
      </Box>
      )}
      <JsonView value={inspect.data} name={target.name} copy={!onClose}>
        {inspect.isFetching && <LinearProgress sx={{ height: 2 }} />}
        {inspect.isError && (
          <Alert severity="error" sx={{ m: 2 }}>
            {explain(inspect.error).summary}
          </Alert>
        )}
      </JsonView>
    </>
  );
}
