import AddOutlined from '@mui/icons-material/AddOutlined';
import AutoModeOutlined from '@mui/icons-material/AutoModeOutlined';
import CableOutlined from '@mui/icons-material/CableOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import TerminalOutlined from '@mui/icons-material/TerminalOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EngineStatus } from '../../../../shared/contract/engine';
import type { OutputOf } from '../../../../shared/contract/index';
import { useExplainError } from '../../api/errors';
import { invalidateOp, useCall, useOp } from '../../api/hooks';
import { notify, notifyError } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { Section } from '../../components/Section';
import { AddEngineDialog } from './AddEngineDialog';
import { addressKind, addressKindLabel, isLaunchOverride, type AddressKind } from './engine-words';
import { ConfirmActions } from '../../components/ConfirmDialog';
import { endpointDetail } from '../../api/endpoint-words';

type SavedEngine = OutputOf<'engines.list'>['engines'][number];

const kindIcons: Record<AddressKind, ReactNode> = {
  socket: <CableOutlined fontSize="small" />,
  pipe: <CableOutlined fontSize="small" />,
  tcp: <DnsOutlined fontSize="small" />,
  tls: <LockOutlined fontSize="small" />,
  ssh: <TerminalOutlined fontSize="small" />,
  other: <DnsOutlined fontSize="small" />,
};

/**
 * The engines Berth knows: "Automatic" (the usual resolution: DOCKER_HOST, docker context, default sockets)
 * and the saved ones, the one in use marked. Switching, adding, importing docker contexts, removing.
 */
export function EnginesSection({ status }: { status: EngineStatus | null }) {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const list = useOp('engines.list', {});
  const call = useCall();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<SavedEngine | null>(null);
  const [switching, setSwitching] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const data = list.data;
  const activeSaved = data?.engines.find((e) => e.active);
  const override = isLaunchOverride(status?.endpoint);

  /** `name` is null for "Automatic". */
  const use = async (id: string | null, name: string | null) => {
    setSwitching(id ?? 'automatic');
    try {
      await call('engines.use', { id });
      notify({ severity: 'info', title: id ? t('engines.switchingTo', { name }) : t('engines.findingAutomatically') });
    } catch (error) {
      notifyError(name === null ? t('engines.switchFailedAutomatic') : t('engines.switchFailed', { name }), error);
    } finally {
      setSwitching(null);
      void invalidateOp(queryClient, 'engines.list');
    }
  };

  const importContexts = async () => {
    setImporting(true);
    try {
      const { imported } = await call('engines.importContexts', {});
      notify({
        severity: imported.length > 0 ? 'success' : 'info',
        title: imported.length > 0 ? t('engines.imported', { count: imported.length }) : t('engines.noneNew'),
        message: imported.length > 0 ? imported.map((e) => e.name).join(', ') : t('engines.allSaved'),
      });
    } catch (error) {
      notifyError(t('engines.importFailed'), error);
    } finally {
      setImporting(false);
      void invalidateOp(queryClient, 'engines.list');
    }
  };

  return (
    <Section
      title={t('engines.title')}
      description={t('engines.description')}
      dense
      actions={
        <>
          <Button startIcon={importing ? <CircularProgress size={14} /> : <DownloadOutlined fontSize="small" />} onClick={() => void importContexts()} disabled={importing}>
            {t('engines.import')}
          </Button>
          <Button variant="contained" startIcon={<AddOutlined fontSize="small" />} onClick={() => setAdding(true)}>
            {t('engines.add')}
          </Button>
        </>
      }
    >
      {list.isError && (
        <Alert severity="error" sx={{ m: 2 }}>
          {t('engines.listFailed', { reason: explain(list.error).summary })}
        </Alert>
      )}
      {override && (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          <Trans t={t} i18nKey="engines.launchOverride" components={{ code: <code /> }} />
        </Alert>
      )}
      <Box component="ul" aria-label={t('engines.list')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        <EngineRow
          name={t('engines.automatic')}
          icon={<AutoModeOutlined fontSize="small" />}
          active={data !== undefined && !activeSaved}
          connection={data !== undefined && !activeSaved ? status : null}
          detail={
            data?.detected ? (
              <Trans t={t} i18nKey="engines.detected" components={{ mono: <Mono /> }} values={{ url: data.detected.url, detail: endpointDetail(data.detected, t) }} />
            ) : data ? (
              t('engines.detectsNothing')
            ) : (
              t('engines.automaticDetail')
            )
          }
          busy={switching === 'automatic'}
          onUse={() => void use(null, null)}
        />
        {data?.engines.map((engine) => {
          const kind = addressKind(engine.url, Boolean(engine.tls));
          return (
            <EngineRow
              key={engine.id}
              name={engine.name}
              icon={kindIcons[kind]}
              active={engine.active}
              connection={engine.active ? status : null}
              detail={
                <>
                  <Mono>{engine.url}</Mono> · {addressKindLabel(kind, t)}
                  {engine.sshKeyPath && (
                    <>
                      {' '}
                      · <Trans t={t} i18nKey="engines.sshKey" components={{ mono: <Mono /> }} values={{ path: engine.sshKeyPath }} />
                    </>
                  )}
                  {engine.tls && (
                    <>
                      {' '}
                      · <Trans t={t} i18nKey="engines.ca" components={{ mono: <Mono /> }} values={{ path: engine.tls.caPath }} />
                    </>
                  )}
                </>
              }
              busy={switching === engine.id}
              onUse={() => void use(engine.id, engine.name)}
              onRemove={() => setRemoving(engine)}
            />
          );
        })}
      </Box>
      <AddEngineDialog open={adding} onClose={() => setAdding(false)} />
      <RemoveEngineDialog engine={removing} onClose={() => setRemoving(null)} />
    </Section>
  );
}

function Mono({ children }: { children?: ReactNode }) {
  return (
    <Box component="span" sx={{ fontFamily: monoFont, fontSize: 12, wordBreak: 'break-all' }}>
      {children}
    </Box>
  );
}

function connectionChip(status: EngineStatus | null, t: TFunction): { label: string; color: 'success' | 'warning' | 'error' } | null {
  if (!status) return null;
  if (status.state === 'connected') return { label: t('engines.connected'), color: 'success' };
  if (status.state === 'connecting') return { label: t('engines.connecting'), color: 'warning' };
  return { label: t('engines.unavailable'), color: 'error' };
}

function EngineRow({
  name,
  icon,
  active,
  connection,
  detail,
  busy,
  onUse,
  onRemove,
}: {
  name: string;
  icon: ReactNode;
  active: boolean;
  connection: EngineStatus | null;
  detail: ReactNode;
  busy: boolean;
  onUse(): void;
  onRemove?(): void;
}) {
  const { t } = useTranslation('engine');
  const chip = active ? connectionChip(connection, t) : null;
  return (
    <Box
      component="li"
      aria-label={name}
      aria-current={active ? 'true' : undefined}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        px: 2,
        py: 1.25,
        '&:not(:last-child)': { borderBottom: 1, borderColor: 'divider' },
        boxShadow: (theme) => (active ? `inset 3px 0 0 ${theme.palette.primary.main}` : undefined),
      }}
    >
      <Box sx={{ color: active ? 'primary.main' : 'text.secondary', display: 'flex' }}>{icon}</Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {name}
          </Typography>
          {active && <Chip label={t('engines.inUse')} color="primary" variant="outlined" sx={{ height: 20 }} />}
          {chip && (
            <Chip
              label={chip.label}
              color={chip.color}
              variant="outlined"
              sx={{ height: 20 }}
              title={connection?.state === 'unavailable' ? connection.reason : undefined}
              data-testid="active-engine-state"
            />
          )}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25, wordBreak: 'break-word' }}>
          {detail}
        </Typography>
        {active && connection?.state === 'unavailable' && (
          <Typography variant="caption" color="error" component="div" sx={{ mt: 0.25, wordBreak: 'break-word' }}>
            {connection.reason}
          </Typography>
        )}
      </Box>
      {!active && (
        <Button variant="outlined" onClick={onUse} disabled={busy} aria-label={t('engines.useLabel', { name })} sx={{ flexShrink: 0 }}>
          {busy ? t('engines.switching') : t('engines.use')}
        </Button>
      )}
      {onRemove && (
        <Tooltip title={t('engines.remove')}>
          <IconButton aria-label={t('engines.removeLabel', { name })} onClick={onRemove}>
            <DeleteOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </Box>
  );
}

/** Forgetting a saved engine asks first; the engine itself is untouched. */
function RemoveEngineDialog({ engine, onClose }: { engine: SavedEngine | null; onClose(): void }) {
  const { t } = useTranslation('engine');
  const explain = useExplainError();
  const call = useCall();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    if (!engine) return;
    setPending(true);
    setError(null);
    try {
      await call('engines.remove', { id: engine.id });
      notify({ severity: 'success', title: t('removeDialog.removed', { name: engine.name }) });
      void invalidateOp(queryClient, 'engines.list');
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog
      open={engine !== null}
      onClose={onClose}
      aria-labelledby="remove-engine-title"
      maxWidth="xs"
      slotProps={{ transition: { onExited: () => setError(null) } }}
    >
      <DialogTitle id="remove-engine-title">{engine ? t('removeDialog.title', { name: engine.name }) : t('removeDialog.titleNoEngine')}</DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">
          {engine?.active ? t('removeDialog.bodyInUse') : t('removeDialog.body')}
        </DialogContentText>
        {error !== null && (
          <Alert severity="error" sx={{ mt: 1.5 }}>
            {explain(error).summary}
          </Alert>
        )}
      </DialogContent>
      <ConfirmActions danger confirmLabel={pending ? t('removeDialog.removing') : t('removeDialog.remove')} confirmDisabled={pending} onCancel={onClose} onConfirm={() => void remove()} />
    </Dialog>
  );
}
