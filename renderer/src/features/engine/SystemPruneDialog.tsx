import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract/index';
import { useBerthClient } from '../../api/BerthProvider';
import { useExplainError } from '../../api/errors';
import { notify } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { pruneButtonLabel, pruneSections, pruneTotalCount, type PrunePreview } from './prune-sections';
import { ConfirmActions } from '../../components/ConfirmDialog';

type SystemPruneScope = 'everything' | 'build-cache';

interface Options {
  allImages: boolean;
  volumes: boolean;
  buildCache: boolean;
}

/**
 * docker system prune in two steps: a fresh preview of everything that would go — stopped containers,
 * unused networks, dangling (or all unused) images, unused volumes, the build cache — then exactly those are
 * removed (anything that came into use meanwhile is kept). `build-cache` prunes only the build cache.
 */
export function SystemPruneDialog({ open, scope, onClose }: { open: boolean; scope: SystemPruneScope; onClose(): void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="system-prune-title" maxWidth="sm">
      {open && <PruneContent scope={scope} onClose={onClose} />}
    </Dialog>
  );
}

function PruneContent({ scope, onClose }: { scope: SystemPruneScope; onClose(): void }) {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const client = useBerthClient();
  const queryClient = useQueryClient();
  const onlyCache = scope === 'build-cache';
  const [options, setOptions] = useState<Options>({ allImages: false, volumes: false, buildCache: true });
  // A fresh preview each time the dialog opens or an option changes, never a cached one.
  const [opened] = useState(() => Date.now());
  const preview = useQuery({
    queryKey: ['system.prune', 'preview', opened, scope, options],
    queryFn: () => client.call('system.prune', onlyCache ? { dryRun: true, buildCache: true } : { dryRun: true, ...options }),
    gcTime: 0,
  });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const data: PrunePreview | undefined = preview.data && (onlyCache ? cacheOnly(preview.data) : preview.data);
  const sections = data ? pruneSections(data, t) : [];
  const count = data ? pruneTotalCount(data) : 0;
  const nothing = data !== undefined && count === 0 && data.buildCacheBytes === 0;

  const prune = async () => {
    if (!data) return;
    setPending(true);
    setError(null);
    const input: InputOf<'system.prune'> = onlyCache
      ? { dryRun: false, allImages: false, volumes: false, buildCache: true, containers: [], images: [], networks: [] }
      : {
          dryRun: false,
          ...options,
          containers: data.containers.map((c) => c.id),
          images: data.images.map((i) => i.id),
          networks: data.networks.map((n) => n.id),
          volumeNames: data.volumes.map((v) => v.name),
        };
    try {
      const result = await client.call('system.prune', input);
      const removed = pruneTotalCount(result);
      notify({
        severity: 'success',
        title: onlyCache ? t('prune.prunedCache') : t('prune.pruned', { count: removed }),
        message: t('prune.reclaimed', { size: formatBytes(result.spaceReclaimedBytes) }),
      });
      for (const op of ['system.df', 'images.list', 'volumes.list', 'networks.list', 'containers.list'] as const) {
        void queryClient.invalidateQueries({ queryKey: [op] });
      }
      onClose();
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };

  const option = (key: keyof Options) => (
    <FormControlLabel
      slotProps={{ typography: { variant: 'body2' } }}
      control={<Checkbox checked={options[key]} onChange={(event) => setOptions((o) => ({ ...o, [key]: event.target.checked }))} disabled={pending} />}
      label={
        <span>
          {t(`prune.options.${key}.label`)}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', mt: -0.25 }}>
            {t(`prune.options.${key}.hint`)}
          </Typography>
        </span>
      }
      sx={{ alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.25 } }}
    />
  );

  return (
    <>
      <DialogTitle id="system-prune-title">{onlyCache ? t('prune.titleCache') : t('prune.titleEverything')}</DialogTitle>
      <DialogContent>
        {!onlyCache && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {t('prune.always')}
            </Typography>
            <FormGroup sx={{ mb: 1.5, gap: 0.5 }}>
              {option('allImages')}
              {option('volumes')}
              {option('buildCache')}
            </FormGroup>
          </>
        )}
        {preview.isFetching && (
          <Box role="status" aria-label={t('prune.loading')} sx={{ display: 'flex', justifyContent: 'center', py: 3 }}>
            <CircularProgress size={24} />
          </Box>
        )}
        {preview.isError && <Alert severity="error">{explain(preview.error).summary}</Alert>}
        {!preview.isFetching && nothing && (
          <Typography variant="body2" data-testid="prune-nothing">
            {onlyCache ? t('prune.nothingCache') : t('prune.nothing')}
          </Typography>
        )}
        {!preview.isFetching && data && !nothing && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {onlyCache ? t('prune.willDeleteCache') : t('prune.willDelete')}
            </Typography>
            <Box
              aria-label={t('prune.list')}
              role="list"
              sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 320, overflow: 'auto' }}
            >
              {sections.map((section) => (
                <Box key={section.key} role="listitem" aria-label={t('prune.sectionLabel', { title: section.title, amount: section.items.length || formatBytes(section.bytes ?? 0) })} sx={{ '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}>
                  <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, px: 1.5, py: 0.75, bgcolor: 'action.hover' }}>
                    <Typography variant="body2" sx={{ fontWeight: 600, flex: 1 }}>
                      {section.title}
                      {section.items.length > 0 && (
                        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                          {' '}
                          · {section.items.length}
                        </Box>
                      )}
                    </Typography>
                    {section.bytes !== null && (
                      <Typography variant="caption" sx={{ fontFamily: monoFont }}>
                        {formatBytes(section.bytes)}
                      </Typography>
                    )}
                  </Box>
                  {section.items.map((item) => (
                    <Box key={item.key} sx={{ display: 'flex', gap: 1.5, px: 1.5, py: 0.5, pl: 3 }}>
                      <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }} title={item.label}>
                        {item.label}
                      </Typography>
                      {item.bytes !== null && (
                        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: monoFont }}>
                          {formatBytes(item.bytes)}
                        </Typography>
                      )}
                    </Box>
                  ))}
                </Box>
              ))}
            </Box>
            <Typography variant="body2" sx={{ mt: 1, textAlign: 'right' }} data-testid="prune-total">
              <Trans t={t} i18nKey="prune.total" components={{ strong: <strong /> }} values={{ size: formatBytes(data.spaceReclaimedBytes) }} />
            </Typography>
          </>
        )}
        {error !== null && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {explain(error).summary} {explain(error).detail}
          </Alert>
        )}
      </DialogContent>
      <ConfirmActions
        danger
        confirmLabel={pending ? t('prune.pruning') : data ? pruneButtonLabel(data, t) : t('prune.button.plain')}
        confirmDisabled={!data || nothing || preview.isFetching || pending}
        onCancel={onClose}
        onConfirm={() => void prune()}
      />
    </>
  );
}

/** The preview of system.prune limited to what a build-cache-only prune removes. */
function cacheOnly(preview: PrunePreview): PrunePreview {
  return { containers: [], images: [], networks: [], volumes: [], buildCacheBytes: preview.buildCacheBytes, spaceReclaimedBytes: preview.buildCacheBytes };
}
