import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import { useTheme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useExplainError } from '../../../api/errors';
import { useOp } from '../../../api/hooks';
import { monoFont } from '../../../components/theme';

type Kind = 'added' | 'changed' | 'deleted';
const marks: Record<Kind, string> = { added: 'A', changed: 'C', deleted: 'D' };

/** docker diff: what the container added, changed and deleted in its filesystem, filterable by kind and path. */
export function ChangesTab({ container }: { container: ContainerSummary }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  const theme = useTheme();
  const changes = useOp('containers.changes', { id: container.id });
  const [kinds, setKinds] = useState<Kind[]>(['added', 'changed', 'deleted']);
  const [filter, setFilter] = useState('');
  const colors: Record<Kind, string> = { added: theme.palette.success.main, changed: theme.palette.warning.main, deleted: theme.palette.error.main };
  // An engine with nothing to report answers `null`, which has reached here as something else than a list.
  const all = useMemo(() => (Array.isArray(changes.data) ? changes.data : []), [changes.data]);
  const counts = useMemo(() => ({ added: all.filter((c) => c.kind === 'added').length, changed: all.filter((c) => c.kind === 'changed').length, deleted: all.filter((c) => c.kind === 'deleted').length }), [all]);
  const shown = useMemo(() => {
    const query = filter.trim().toLowerCase();
    return all.filter((c) => kinds.includes(c.kind) && (!query || c.path.toLowerCase().includes(query))).sort((a, b) => a.path.localeCompare(b.path));
  }, [all, kinds, filter]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <ToggleButtonGroup value={kinds} onChange={(_e, value: Kind[]) => setKinds(value)} aria-label={t('changes.kinds')}>
          {(['added', 'changed', 'deleted'] as const).map((kind) => (
            <ToggleButton key={kind} value={kind} aria-label={t('changes.kindLabel', { kind, count: counts[kind] })}>
              <Box component="span" sx={{ color: colors[kind], fontWeight: 700, mr: 0.75, fontFamily: monoFont }}>
                {marks[kind]}
              </Box>
              {t('changes.kindCount', { kind, count: counts[kind] })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t('changes.filter')}
          sx={{ width: 260, '& .MuiInputBase-input': { py: '5px' } }}
          slotProps={{ htmlInput: { 'aria-label': t('changes.filter'), spellCheck: false }, input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
        />
        <Box sx={{ flex: 1 }} />
        <Button onClick={() => void changes.refetch()}>{t('changes.reload')}</Button>
      </Box>
      {changes.isFetching && <LinearProgress sx={{ height: 2 }} />}
      {changes.isError && <Alert severity="error" sx={{ m: 2 }}>{explain(changes.error).summary} {explain(changes.error).detail}</Alert>}
      <Box component="ul" aria-label={t('changes.list')} sx={{ m: 0, p: 0, listStyle: 'none', flex: 1, minHeight: 0, overflow: 'auto', fontFamily: monoFont, fontSize: 12.5 }}>
        {changes.data && shown.length === 0 && (
          <Typography component="li" variant="body2" color="text.secondary" sx={{ p: 2, fontFamily: 'inherit' }}>
            {all.length === 0 ? t('changes.none') : t('changes.noMatch')}
          </Typography>
        )}
        {shown.map((change) => (
          <Box component="li" key={`${change.kind}:${change.path}`} aria-label={t('changes.changeLabel', { kind: change.kind, path: change.path })} sx={{ display: 'flex', gap: 1.5, px: 1.5, py: 0.4, borderBottom: 1, borderColor: 'divider', '&:hover': { bgcolor: 'action.hover' } }}>
            <Box component="span" aria-hidden sx={{ width: 14, fontWeight: 700, color: colors[change.kind] }}>
              {marks[change.kind]}
            </Box>
            <Box component="span" sx={{ color: change.kind === 'deleted' ? 'text.secondary' : 'text.primary', textDecoration: change.kind === 'deleted' ? 'line-through' : undefined }}>
              {change.path}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
