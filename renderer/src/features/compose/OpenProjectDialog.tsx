import Box from '@mui/material/Box';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject } from '../../../../shared/contract/compose';
import { routes } from '../../../../shared/routes';
import { useExplainError } from '../../api/errors';
import { invalidateOp, useCall } from '../../api/hooks';
import { DialogFor } from '../../components/DialogFor';
import { FormActions } from '../../components/FormActions';
import { HostPathField } from '../../components/HostPathField';
import { submitWith } from '../../lib/checked-submit';
import { navigate } from '../../lib/routing';
import { openErrorWords } from './open-errors';

/** What the dialog opens with: a path to try (an engine-only project's file), and why it failed if it did. */
export interface OpenRequest {
  path: string;
  error?: unknown;
}

/** Opens a compose file or folder in Berth (remembered), then shows its page. */
export function useOpenProject(): (path: string) => Promise<ComposeFileProject> {
  const call = useCall();
  const queryClient = useQueryClient();
  return useCallback(
    async (path) => {
      const project = await call('compose.files.open', { path });
      await invalidateOp(queryClient, 'compose.files.list');
      navigate(routes.composeProject(project.id));
      return project;
    },
    [call, queryClient],
  );
}

export function OpenProjectDialog({ request, onClose }: { request: OpenRequest | null; onClose(): void }) {
  return (
    <DialogFor item={request} onClose={onClose} labelledBy="compose-open-title">
      {(item) => <OpenForm request={item} onClose={onClose} />}
    </DialogFor>
  );
}

function OpenForm({ request, onClose }: { request: OpenRequest; onClose(): void }) {
  const { t } = useTranslation('compose');
  const explain = useExplainError();
  const openProject = useOpenProject();
  const [path, setPath] = useState(request.path);
  const [failure, setFailure] = useState<{ path: string; error: unknown } | null>(request.error === undefined ? null : { path: request.path, error: request.error });
  const [pending, setPending] = useState(false);
  const words = failure ? openErrorWords(failure.error, failure.path, t as TFunction, (error) => explain(error, { mainWordsFirst: true })) : null;

  const submit = async () => {
    const chosen = path.trim();
    if (!chosen) return;
    setPending(true);
    setFailure(null);
    try {
      // Opened: the project's page replaces the list, and this dialog with it.
      await openProject(chosen);
    } catch (error) {
      setFailure({ path: chosen, error });
      setPending(false);
    }
  };

  return (
    <>
      <DialogTitle id="compose-open-title">{t('open.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('open.intro')}
        </Typography>
        <Box component="form" id="compose-open-form" onSubmit={submitWith(() => void submit())} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <HostPathField
            label={t('open.path')}
            value={path}
            onChange={(value) => {
              setPath(value);
              setFailure(null);
            }}
            problem={words?.problem ?? null}
            helperText={t('open.pathHelp')}
            placeholder={t('open.pathPlaceholder')}
            browse={{ purpose: 'open-file', title: t('open.browseTitle'), filters: [{ name: t('open.browseFilter'), extensions: ['yaml', 'yml'] }] }}
            autoFocus
            disabled={pending}
            fullWidth
          />
          {words?.detail && (
            <Typography variant="caption" color="text.secondary" data-testid="compose-open-detail" sx={{ wordBreak: 'break-word' }}>
              {words.detail}
            </Typography>
          )}
        </Box>
      </DialogContent>
      <FormActions submitLabel={t('open.submit')} form="compose-open-form" onCancel={onClose} disabled={pending || !path.trim()} cancelDisabled={pending} />
    </>
  );
}
