import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovedContainer, RemovedImage, TrashedVolume } from '../../../../shared/contract/trash';
import { routes } from '../../../../shared/routes';
import { useBerthClient } from '../../api/BerthProvider';
import { useExplainError } from '../../api/errors';
import { invalidateOp, useOp, useOpMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notify, notifyError } from '../../components/notifications';
import { Section, SectionPage } from '../../components/Section';
import { formatBytes } from '../../lib/bytes';
import { formatRelative } from '../../lib/time';
import { useNow } from '../../lib/useNow';
import { startPull } from '../images';

type Kind = 'container' | 'volume' | 'image';
/** A restore asked for under another name (the name was taken), until it is sent or cancelled. */
interface Renaming {
  kind: 'container' | 'volume';
  entry: string;
  name: string;
}

/**
 * Recently removed: the containers, volumes and images Berth kept when they were removed, each brought back
 * in one click (under another name when the name is taken), forgotten one by one, or all at once.
 */
export function TrashPage() {
  const { t } = useTranslation('trash');
  const explain = useExplainError();
  const trash = useOp('trash.list', {});
  const [emptying, setEmptying] = useState(false);
  const empty = useTrashChange('trash.empty');
  const data = trash.data;
  const nothing = data && data.containers.length + data.volumes.length + data.images.length === 0;

  return (
    <SectionPage
      title={t('page.title')}
      subtitle={data ? t('page.limits', { days: data.keepDays, used: formatBytes(data.volumeBytesUsed), budget: formatBytes(data.volumeBudgetBytes) }) : undefined}
      actions={
        <Button color="error" variant="outlined" disabled={!data || nothing} onClick={() => setEmptying(true)}>
          {t('empty.button')}
        </Button>
      }
    >
      {trash.isPending && (
        <Box role="status" aria-label={t('page.loading')} sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
          <CircularProgress size={28} />
        </Box>
      )}
      {trash.isError && <Alert severity="error">{t('page.failed', { reason: explain(trash.error).summary })}</Alert>}
      {nothing && <Alert severity="info">{t('page.nothing')}</Alert>}
      {data && data.containers.length > 0 && (
        <Section title={t('containers.title')} dense>
          {data.containers.map((entry) => (
            <ContainerEntry key={entry.entry} entry={entry} />
          ))}
        </Section>
      )}
      {data && data.volumes.length > 0 && (
        <Section title={t('volumes.title')} dense>
          {data.volumes.map((entry) => (
            <VolumeEntry key={entry.entry} entry={entry} />
          ))}
        </Section>
      )}
      {data && data.images.length > 0 && (
        <Section title={t('images.title')} dense>
          {data.images.map((entry) => (
            <ImageEntry key={entry.entry} entry={entry} />
          ))}
        </Section>
      )}
      <ConfirmDialog
        open={emptying}
        title={t('empty.title')}
        confirmLabel={t('empty.confirm')}
        danger
        pending={empty.isPending}
        onCancel={() => setEmptying(false)}
        onConfirm={() => empty.mutate({}, { onSettled: () => setEmptying(false) })}
      >
        <Typography variant="body2">{t('empty.body')}</Typography>
      </ConfirmDialog>
    </SectionPage>
  );
}

/**
 * A trash operation whose success refreshes the list (the lists a restored thing appears in follow the
 * engine's events). Its failures are notified, unless the caller shows them itself (`quiet`).
 */
function useTrashChange<K extends 'trash.empty' | 'trash.forget' | 'trash.containers.restore' | 'trash.volumes.restore'>(op: K, quiet = false) {
  const { t } = useTranslation('trash');
  const queryClient = useQueryClient();
  return useOpMutation(op, {
    onSuccess: () => invalidateOp(queryClient, 'trash.list'),
    onError: (error) => {
      if (!quiet) notifyError(t(`failed.${op}`), error);
    },
  });
}

function ContainerEntry({ entry }: { entry: RemovedContainer }) {
  const { t } = useTranslation('trash');
  const warnings: string[] = [];
  if (entry.warnings.imageMissing) warnings.push(t('containers.imageMissing', { image: entry.image }));
  if (entry.warnings.missingVolumes.length > 0) warnings.push(t('containers.volumesMissing', { volumes: entry.warnings.missingVolumes.join(', ') }));
  if (entry.warnings.nameTaken) warnings.push(t('containers.nameTaken', { name: entry.name }));
  return (
    <EntryRow
      kind="container"
      entry={entry.entry}
      name={entry.name}
      detail={t('containers.detail', { image: entry.image })}
      removedAt={entry.removedAt}
      reason={entry.reason}
      warnings={warnings}
      actions={<RestoreButton kind="container" entry={entry.entry} name={entry.name} nameTaken={entry.warnings.nameTaken} disabled={entry.warnings.imageMissing} />}
    />
  );
}

function VolumeEntry({ entry }: { entry: TrashedVolume }) {
  const { t } = useTranslation('trash');
  return (
    <EntryRow
      kind="volume"
      entry={entry.entry}
      name={entry.name}
      detail={t('volumes.detail', { size: formatBytes(entry.sizeBytes), driver: entry.driver })}
      removedAt={entry.removedAt}
      reason={entry.reason}
      warnings={entry.nameTaken ? [t('volumes.nameTaken', { name: entry.name })] : []}
      actions={<RestoreButton kind="volume" entry={entry.entry} name={entry.name} nameTaken={entry.nameTaken} disabled={false} />}
    />
  );
}

function ImageEntry({ entry }: { entry: RemovedImage }) {
  const { t } = useTranslation('trash');
  const client = useBerthClient();
  return (
    <EntryRow
      kind="image"
      entry={entry.entry}
      name={entry.tags[0] ?? entry.pullReference}
      detail={t('images.detail', { reference: entry.pullReference, size: formatBytes(entry.sizeBytes) })}
      removedAt={entry.removedAt}
      reason={entry.reason}
      warnings={entry.present ? [t('images.present')] : []}
      actions={
        <Button size="small" disabled={entry.present} onClick={() => startPull(client, entry.pullReference)}>
          {t('images.pull')}
        </Button>
      }
    />
  );
}

function EntryRow({
  kind,
  entry,
  name,
  detail,
  removedAt,
  reason,
  warnings,
  actions,
}: {
  kind: Kind;
  entry: string;
  name: string;
  detail: string;
  removedAt: number;
  reason: RemovedContainer['reason'];
  warnings: string[];
  actions: ReactNode;
}) {
  const { t } = useTranslation('trash');
  const now = useNow();
  const [forgetting, setForgetting] = useState(false);
  const forget = useTrashChange('trash.forget');
  return (
    <Box
      data-trash-kind={kind}
      data-trash-entry={entry}
      data-trash-name={name}
      role="group"
      aria-label={name}
      sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1, flexWrap: 'wrap', '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' } }}
    >
      <Box sx={{ flex: 1, minWidth: 240 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, wordBreak: 'break-all' }}>
          {name}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ wordBreak: 'break-all' }}>
          {detail} · {t(`reason.${reason}`)} {formatRelative(removedAt / 1000, now)}
        </Typography>
        {warnings.map((warning) => (
          <Typography key={warning} variant="caption" color="warning.main" component="div">
            {warning}
          </Typography>
        ))}
      </Box>
      {actions}
      <Button size="small" color="inherit" onClick={() => setForgetting(true)}>
        {t('forget.button')}
      </Button>
      <ConfirmDialog
        open={forgetting}
        title={t('forget.title', { name })}
        confirmLabel={t('forget.confirm')}
        danger
        pending={forget.isPending}
        onCancel={() => setForgetting(false)}
        onConfirm={() => forget.mutate({ kind, entry }, { onSettled: () => setForgetting(false) })}
      >
        <Typography variant="body2">{t('forget.body')}</Typography>
      </ConfirmDialog>
    </Box>
  );
}

/** Restore, under the kept name or, when that is taken (now or as the engine answers), under one the user gives. */
function RestoreButton({ kind, entry, name, nameTaken, disabled }: { kind: 'container' | 'volume'; entry: string; name: string; nameTaken: boolean; disabled: boolean }) {
  const { t } = useTranslation('trash');
  const explain = useExplainError();
  const restoreContainer = useTrashChange('trash.containers.restore', true);
  const restoreVolume = useTrashChange('trash.volumes.restore', true);
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const pending = restoreContainer.isPending || restoreVolume.isPending;

  const restore = (as?: string) => {
    const input = as ? { entry, name: as } : { entry };
    const done = (restored: string, href: ReturnType<typeof routes.container> | ReturnType<typeof routes.volume>) => {
      setRenaming(null);
      notify({ severity: 'success', title: t('restored', { name: restored }), action: { label: t('open'), href } });
    };
    const failed = (error: unknown) => {
      if ((error as { code?: string }).code === 'CONFLICT' && !renaming) setRenaming({ kind, entry, name: `${name}-restored` });
      else if (renaming) setProblem(error);
      else notifyError(t('failed.restore', { name }), error);
    };
    if (kind === 'container') {
      restoreContainer.mutate(input, { onSuccess: (result) => done(result.name, routes.container(result.id)), onError: failed });
    } else {
      restoreVolume.mutate(input, { onSuccess: (result) => done(result.name, routes.volume(result.name)), onError: failed });
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" disabled={disabled || pending} onClick={() => (nameTaken ? setRenaming({ kind, entry, name: `${name}-restored` }) : restore())}>
        {t('restore.button')}
      </Button>
      <ConfirmDialog
        open={renaming !== null}
        title={t('restore.renameTitle', { name })}
        confirmLabel={t('restore.button')}
        pending={pending}
        confirmDisabled={!renaming?.name}
        onCancel={() => {
          setRenaming(null);
          setProblem(null);
        }}
        onConfirm={() => renaming && restore(renaming.name)}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('restore.renameBody', { name })}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          size="small"
          label={t('restore.newName')}
          value={renaming?.name ?? ''}
          onChange={(event) => setRenaming((now) => (now ? { ...now, name: event.target.value } : now))}
        />
        {problem !== null && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {explain(problem).summary}
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}
