import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../shared/contract/errors';
import { isOverwriteConflict } from '../../api/errors';
import type { InputOf } from '../../../../shared/contract/index';
import type { VolumeTransferEvent } from '../../../../shared/contract/volumes';
import { useBerthClient } from '../../api/BerthProvider';
import { invalidateOp } from '../../api/hooks';
import { ErrorAlert } from '../../components/PageParts';
import { folderOf, suggestArchivePath, transferProgress } from './volume-forms';
import { HostPathField } from '../../components/HostPathField';

type TransferOp = 'volumes.export' | 'volumes.import';
export type TransferDone = Extract<VolumeTransferEvent, { kind: 'done' }>;

interface TransferState {
  phase: 'idle' | 'running' | 'done' | 'failed';
  bytes: number;
  totalBytes: number | null;
  error: unknown;
}

const idle: TransferState = { phase: 'idle', bytes: 0, totalBytes: null, error: null };

/**
 * Runs an export or import stream with its progress; `run` resolves with the final event, or rejects with
 * the error (CANCELLED after `cancel`). An open transfer is cancelled when the component goes away.
 */
export function useTransfer(op: TransferOp) {
  const { t } = useTranslation('volumes');
  const client = useBerthClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TransferState>(idle);
  const cancelRef = useRef<(() => void) | null>(null);

  useEffect(() => () => cancelRef.current?.(), []);

  const run = useCallback(
    (input: InputOf<TransferOp>) =>
      new Promise<TransferDone>((resolve, reject) => {
        setState({ ...idle, phase: 'running' });
        let done: TransferDone | null = null;
        const handlers = {
          onEvent: (event: VolumeTransferEvent) => {
            if (event.kind === 'progress') setState({ phase: 'running', bytes: event.bytes, totalBytes: event.totalBytes, error: null });
            else done = event;
          },
          onEnd: (error?: BerthError) => {
            cancelRef.current = null;
            // An import changes a volume's files and size, and may have made the volume.
            if (op === 'volumes.import') void invalidateOp(queryClient, 'volumes.list');
            if (error || !done) {
              const failure = error ?? new BerthError('INTERNAL', t('transfer.endedUnsaid'));
              setState((current) => ({ ...current, phase: 'failed', error: failure }));
              reject(failure);
            } else {
              setState({ phase: 'done', bytes: done.bytes, totalBytes: done.bytes, error: null });
              resolve(done);
            }
          },
        };
        cancelRef.current = op === 'volumes.export' ? client.stream('volumes.export', input, handlers) : client.stream('volumes.import', input, handlers);
      }),
    [client, op, queryClient, t],
  );

  const cancel = useCallback(() => {
    const stop = cancelRef.current;
    cancelRef.current = null;
    stop?.();
    if (stop) setState((current) => ({ ...current, phase: 'failed', error: new BerthError('CANCELLED', op === 'volumes.export' ? t('transfer.export.cancelled') : t('transfer.import.cancelled')) }));
  }, [op, t]);

  const reset = useCallback(() => setState(idle), []);
  return { state, run, cancel, reset };
}

const LAST_FOLDER = 'berth.volumes.archiveFolder';

function lastArchiveFolder(): string | null {
  try {
    return localStorage.getItem(LAST_FOLDER);
  } catch {
    return null;
  }
}

export function rememberArchiveFolder(file: string): void {
  const folder = folderOf(file);
  try {
    if (folder) localStorage.setItem(LAST_FOLDER, folder);
  } catch {
    // Without storage the next export starts empty.
  }
}

export function suggestedExportPath(volume: string): string {
  return suggestArchivePath(lastArchiveFolder(), volume);
}

/** Main's refusal is about the host path (missing folder or file, not a tar, no permission): the field shows it too. */
export function isPathError(error: unknown): boolean {
  return error instanceof BerthError && ['NOT_FOUND', 'FORBIDDEN', 'INVALID_INPUT'].includes(error.code) && /\/|\\|folder|file/i.test(error.message) && !/^No volume/.test(error.message);
}

/** The path of a tar file on the machine Berth runs on, checked like the contract checks it. */
export function ArchiveFileField({
  value,
  onChange,
  issue,
  purpose,
  disabled,
  autoFocus,
  failed,
}: {
  /** The last transfer failed because of this path (the reason is shown below the form). */
  failed?: boolean;
  value: string;
  onChange(value: string): void;
  /** Shown once the user tried to go on. */
  issue: string | undefined;
  purpose: 'export' | 'import';
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('volumes');
  const tars = [{ name: t('transfer.tarArchives'), extensions: ['tar', 'gz', 'xz', 'bz2'] }];
  return (
    <HostPathField
      label={t('transfer.fileLabel')}
      value={value}
      onChange={onChange}
      problem={issue ?? failed}
      helperText={t(`transfer.${purpose}.helper`)}
      // eslint-disable-next-line berth/no-literal-ui-text -- example paths, the same in every language
      placeholder={purpose === 'export' ? '/home/you/backups/data.tar' : '/home/you/backups/data.tar.gz'}
      browse={{ purpose: purpose === 'export' ? 'save-file' : 'open-file', title: t(`transfer.${purpose}.browseTitle`), filters: tars }}
      disabled={disabled}
      autoFocus={autoFocus}
      fullWidth
    />
  );
}

/** Progress while a transfer runs, or why it failed (an overwrite question is the dialog's own). */
export function TransferStatus({ state, purpose }: { state: TransferState; purpose: 'export' | 'import' }) {
  const { t } = useTranslation('volumes');
  if (state.phase === 'running') {
    const progress = transferProgress(state.bytes, state.totalBytes, t);
    return (
      <Box role="status" aria-live="polite" sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
        <LinearProgress
          variant={progress.percent === null ? 'indeterminate' : 'determinate'}
          value={progress.percent ?? undefined}
          aria-label={t(`transfer.${purpose}.progressLabel`)}
          sx={{ height: 6, borderRadius: 3 }}
        />
        <Typography variant="caption" color="text.secondary" data-testid="transfer-progress">
          {progress.percent === null
            ? t(`transfer.${purpose}.running`, { progress: progress.text })
            : t(`transfer.${purpose}.runningPercent`, { progress: progress.text, percent: progress.percent })}
        </Typography>
      </Box>
    );
  }
  if (state.phase === 'failed' && !isOverwriteConflict(state.error)) {
    if (state.error instanceof BerthError && state.error.code === 'CANCELLED') return <Alert severity="info">{state.error.message}</Alert>;
    return <ErrorAlert error={state.error} what={t(`transfer.${purpose}.failed`)} />;
  }
  return null;
}
