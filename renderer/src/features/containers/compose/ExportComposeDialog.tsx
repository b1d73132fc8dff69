import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { routes } from '../../../../../shared/routes';
import type { InputOf, OutputOf } from '../../../../../shared/contract/index';
import { isOverwriteConflict } from '../../../api/errors';
import { useCall, useOp } from '../../../api/hooks';
import { CodeBlock } from '../../../components/CodeBlock';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { HostPathField } from '../../../components/HostPathField';
import { notify, notifyError } from '../../../components/notifications';
import { ErrorAlert, Loading } from '../../../components/PageParts';
import { copyText } from '../../../lib/clipboard';
import { navigate } from '../../../lib/routing';

/** What is exported: a compose project's containers, or some chosen containers (by id). */
export type ExportTarget = { project: string } | { containers: readonly string[] };

type ExportWarning = OutputOf<'compose.export'>['warnings'][number];

/** The warning codes main may send that have words of their own; any other is said in general words. */
const WORDED_WARNINGS = new Set(['links', 'volumes-from']);

/**
 * "Export as compose…": the compose file main writes from the containers' inspect data, with what it could not
 * carry; copied, or saved to a file that can then be opened as a compose project.
 */
export function ExportComposeDialog({ target, onClose }: { target: ExportTarget | null; onClose(): void }) {
  return (
    <Dialog open={target !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="export-compose-title">
      {target && <ExportCompose key={JSON.stringify(target)} target={target} onClose={onClose} />}
    </Dialog>
  );
}

function ExportCompose({ target, onClose }: { target: ExportTarget; onClose(): void }) {
  const { t } = useTranslation('containers');
  const call = useCall();
  const input: InputOf<'compose.export'> = 'project' in target ? { project: target.project } : { containers: [...target.containers] };
  const exported = useOp('compose.export', input);
  const [path, setPath] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  /** The file that exists, while asking whether to replace it. */
  const [replacing, setReplacing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const title = 'project' in target ? t('export.titleProject', { project: target.project }) : t('export.titleContainers', { count: target.containers.length });

  const save = async (file: string, overwrite: boolean) => {
    setSaving(true);
    setSaveError(null);
    try {
      const result = await call('compose.export', { ...input, path: file, overwrite });
      setSaved(result.path ?? file);
    } catch (error) {
      if (isOverwriteConflict(error) === 'file-exists') setReplacing(file);
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void save(path.trim(), false);
  };
  const copy = (text: string) =>
    copyText(text).then(
      () => notify({ severity: 'success', title: t('export.copied') }),
      (error: unknown) => notifyError(t('export.copyFailed'), error),
    );
  const openAsProject = async (file: string) => {
    setOpening(true);
    try {
      const project = await call('compose.files.open', { path: file });
      onClose();
      navigate(routes.composeProject(project.id));
    } catch (error) {
      setOpening(false);
      notifyError(t('export.openFailed', { file }), error);
    }
  };

  return (
    <>
      <DialogTitle id="export-compose-title">{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {exported.isPending && <Loading label={t('export.loading')} />}
        {exported.isError && <ErrorAlert error={exported.error} what={t('export.failed')} />}
        {exported.data && (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('export.intro')}
            </Typography>
            {exported.data.warnings.length > 0 && <ExportWarnings warnings={exported.data.warnings} />}
            <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
              <Box sx={{ display: 'flex', alignItems: 'center' }}>
                <Typography id="export-compose-yaml" variant="caption" color="text.secondary" sx={{ flex: 1, fontWeight: 600 }}>
                  {t('export.fileHeading')}
                </Typography>
                <Button size="small" startIcon={<ContentCopyOutlined sx={{ fontSize: '16px !important' }} />} onClick={() => void copy(exported.data.text)}>
                  {t('export.copy')}
                </Button>
              </Box>
              <CodeBlock aria-labelledby="export-compose-yaml" data-testid="export-compose-yaml" maxHeight={360} tabIndex={0}>
                {exported.data.text}
              </CodeBlock>
            </Box>
            <Box component="form" id="export-compose-form" onSubmit={submit} noValidate autoComplete="off" sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
              <HostPathField
                label={t('export.saveAs')}
                value={path}
                onChange={(next) => {
                  setPath(next);
                  setSaved(null);
                  setSaveError(null);
                }}
                helperText={t('export.pathHint')}
                // eslint-disable-next-line berth/no-literal-ui-text -- an example path, not words
                placeholder="/home/me/project/compose.yaml"
                browse={{ purpose: 'save-file', title: t('export.browseTitle'), filters: [{ name: t('export.composeFiles'), extensions: ['yaml', 'yml'] }] }}
                disabled={saving}
                fullWidth
              />
              <Button type="submit" variant="outlined" disabled={saving || !path.trim()} sx={{ mt: 0.5, flexShrink: 0 }}>
                {saving ? t('export.saving') : t('export.save')}
              </Button>
            </Box>
            {saveError !== null && <ErrorAlert error={saveError} what={t('export.saveFailed')} />}
            {saved !== null && (
              <Alert
                severity="success"
                role="status"
                action={
                  <Button color="inherit" size="small" disabled={opening} onClick={() => void openAsProject(saved)}>
                    {t('export.openAsProject')}
                  </Button>
                }
              >
                {t('export.saved', { file: saved })}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('export.close')}</Button>
      </DialogActions>
      <ConfirmDialog
        open={replacing !== null}
        title={t('export.replaceTitle')}
        confirmLabel={t('export.replace')}
        danger
        onCancel={() => setReplacing(null)}
        onConfirm={() => {
          const file = replacing;
          setReplacing(null);
          if (file) void save(file, true);
        }}
      >
        <Typography variant="body2">{t('export.replaceBody', { file: replacing ?? '' })}</Typography>
      </ConfirmDialog>
    </>
  );
}

/** What the file cannot carry, each worded by its code, with main's sentence as the detail. */
function ExportWarnings({ warnings }: { warnings: readonly ExportWarning[] }) {
  const { t } = useTranslation('containers');
  return (
    <Alert severity="warning">
      <AlertTitle>{t('export.warningsTitle', { count: warnings.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {warnings.map((warning, index) => (
          <li key={index}>
            <strong>{warning.container}</strong>
            {': '}
            {WORDED_WARNINGS.has(warning.code) ? t(`export.warning.${warning.code}`) : t('export.warningOther')}
            <Typography variant="caption" component="div" sx={{ opacity: 0.85, wordBreak: 'break-word' }}>
              {warning.message}
            </Typography>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
