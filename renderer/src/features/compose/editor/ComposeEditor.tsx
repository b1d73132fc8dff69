import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeFileText } from '../../../../../shared/contract/compose';
import { invalidateOp, opKey, updateOpData, useCall, useOp } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notify, notifyError } from '../../../components/notifications';
import { LoadError, Loading } from '../../../components/PageParts';
import { CodeEditor, type CheckOutcome, type EditorHandle } from './CodeEditor';
import { getDraft, setDraft, useProjectDrafts } from './drafts';
import { fileName } from './file-name';
import { ProblemsList } from './ProblemsList';
import { SaveDialog, type SavedFile } from './SaveDialog';

interface ComposeEditorProps {
  project: ComposeFileProject;
  /** A file was saved (the page reads the project's model and hashes again). */
  onSaved(): void;
}

/**
 * The editor of a compose project's files: a tab per file (the main file, then overrides), each checked by
 * main as one types; unsaved changes are drafts that outlive the page, saved after a look at their diff.
 */
export function ComposeEditor({ project, onSaved }: ComposeEditorProps) {
  const { t } = useTranslation('composeEditor');
  const read = useOp('compose.files.read', { id: project.id });
  if (!read.data) {
    return read.isError ? <LoadError error={read.error} what={t('loadFailed')} onRetry={() => void read.refetch()} /> : <Loading label={t('loading')} />;
  }
  return <FilesEditor project={project} files={read.data.files} onSaved={onSaved} />;
}

function FilesEditor({ project, files, onSaved }: ComposeEditorProps & { files: readonly ComposeFileText[] }) {
  const { t } = useTranslation('composeEditor');
  const call = useCall();
  const queryClient = useQueryClient();
  const drafts = useProjectDrafts(project.id);
  const [activePath, setActivePath] = useState(files[0]?.path ?? '');
  const active = files.find((file) => file.path === activePath) ?? files[0];
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, CheckOutcome>>(new Map());
  const [saving, setSaving] = useState<string | null>(null);
  const [reverting, setReverting] = useState<string | null>(null);
  /** Bumped per file when its text is to be the file's again (revert, reload from disk). */
  const [resets, setResets] = useState<ReadonlyMap<string, number>>(new Map());
  const handles = useRef(new Map<string, EditorHandle>());
  const readKey = opKey('compose.files.read', { id: project.id });

  const reset = (path: string) => setResets((current) => new Map(current).set(path, (current.get(path) ?? 0) + 1));
  const requestSave = (path: string) => {
    if (getDraft(project.id, path)) setSaving(path);
  };

  const saved = (file: SavedFile) => {
    setDraft(project.id, file.path, null);
    setSaving(null);
    // What was written is what is on disk now; the read that follows confirms it (and the model).
    updateOpData(queryClient, 'compose.files.read', (data, input) =>
      input.id === project.id ? { ...data, files: data.files.map((f) => (f.path === file.path ? { ...f, text: file.text, mtimeMs: file.mtimeMs } : f)) } : data,
    );
    void invalidateOp(queryClient, 'compose.files.read', { id: project.id });
    notify({ severity: 'success', title: t('save.done', { file: fileName(file.path) }), message: file.backupPath ? t('save.backup', { path: file.backupPath }) : undefined });
    onSaved();
  };

  const reloadFromDisk = async (path: string) => {
    setSaving(null);
    try {
      queryClient.setQueryData(readKey, await call('compose.files.read', { id: project.id }));
      setDraft(project.id, path, null);
      reset(path);
    } catch (error) {
      notifyError(t('reloadFailed', { file: fileName(path) }), error);
    }
  };

  if (!active) return null;
  const draft = drafts.get(active.path);
  return (
    <Box data-testid="compose-editor" sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, borderBottom: 1, borderColor: 'divider', pr: 1 }}>
        <Tabs value={active.path} onChange={(_, path: string) => setActivePath(path)} variant="scrollable" aria-label={t('filesLabel')} sx={{ flex: 1, minHeight: 40 }}>
          {files.map((file) => {
            const unsaved = drafts.has(file.path);
            return (
              <Tab
                key={file.path}
                value={file.path}
                data-unsaved={unsaved}
                aria-label={unsaved ? t('tabUnsaved', { file: fileName(file.path) }) : fileName(file.path)}
                title={file.path}
                sx={{ minHeight: 40, textTransform: 'none' }}
                label={
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                    {fileName(file.path)}
                    {unsaved && <Box component="span" aria-hidden sx={{ width: 7, height: 7, borderRadius: '50%', bgcolor: 'warning.main' }} />}
                  </Box>
                }
              />
            );
          })}
        </Tabs>
        <Button size="small" startIcon={<RestoreOutlined fontSize="small" />} disabled={!draft} onClick={() => setReverting(active.path)}>
          {t('revert')}
        </Button>
        <Tooltip title={t('saveTip')}>
          <span>
            <Button size="small" variant="contained" startIcon={<SaveOutlined fontSize="small" />} disabled={!draft} onClick={() => requestSave(active.path)}>
              {t('save.open')}
            </Button>
          </span>
        </Tooltip>
      </Box>
      {draft && draft.baseMtimeMs !== active.mtimeMs && (
        <Alert severity="warning" sx={{ borderRadius: 0 }}>
          {t('changedSinceDraft', { file: fileName(active.path) })}
        </Alert>
      )}
      <Box sx={{ flex: 1, minHeight: 240, position: 'relative' }}>
        {files.map((file) => (
          <FileTab
            key={file.path}
            project={project}
            file={file}
            hidden={file.path !== active.path}
            reset={resets.get(file.path) ?? 0}
            onChecked={(outcome) => setOutcomes((current) => new Map(current).set(file.path, outcome))}
            onSave={() => requestSave(file.path)}
            handle={(handle) => {
              if (handle) handles.current.set(file.path, handle);
              else handles.current.delete(file.path);
            }}
          />
        ))}
      </Box>
      <ProblemsList
        outcome={outcomes.get(active.path)}
        files={files.map((file) => file.path)}
        onJump={(diagnostic) => {
          // Its tab is shown first (at once), so that the editor can scroll to the place and take the focus.
          flushSync(() => setActivePath(diagnostic.file));
          handles.current.get(diagnostic.file)?.jumpTo(diagnostic.line, diagnostic.column);
        }}
      />
      <SaveDialog
        project={project}
        file={saving === null ? null : (files.find((file) => file.path === saving) ?? null)}
        draft={saving === null ? undefined : drafts.get(saving)}
        onClose={() => setSaving(null)}
        onSaved={saved}
        onReload={(path) => void reloadFromDisk(path)}
      />
      <ConfirmDialog
        open={reverting !== null}
        danger
        title={t('revertTitle', { file: fileName(reverting ?? '') })}
        confirmLabel={t('revertConfirm')}
        onCancel={() => setReverting(null)}
        onConfirm={() => {
          const path = reverting;
          setReverting(null);
          if (path === null) return;
          setDraft(project.id, path, null);
          reset(path);
        }}
      >
        <Typography variant="body2">{t('revertBody', { file: fileName(reverting ?? '') })}</Typography>
      </ConfirmDialog>
    </Box>
  );
}

/**
 * One file's editor and its draft: every change is kept as the draft (dropped when the text is the file's
 * again); while there is no draft, a new version of the file on disk is shown as it comes.
 */
function FileTab({
  project,
  file,
  hidden,
  reset,
  onChecked,
  onSave,
  handle,
}: {
  project: ComposeFileProject;
  file: ComposeFileText;
  hidden: boolean;
  reset: number;
  onChecked(outcome: CheckOutcome): void;
  onSave(): void;
  handle(handle: EditorHandle | null): void;
}) {
  const { t } = useTranslation('composeEditor');
  const call = useCall();
  const editor = useRef<EditorHandle | null>(null);
  const [initialText] = useState(() => getDraft(project.id, file.path)?.text ?? file.text);

  // After a save, a revert or a reload, or when the file changed on disk: the editor shows the file unless a draft is kept.
  useEffect(() => {
    if (!getDraft(project.id, file.path)) editor.current?.setText(file.text);
  }, [project.id, file.path, file.text, reset]);

  const onChange = (text: string) => {
    if (text === file.text) setDraft(project.id, file.path, null);
    else setDraft(project.id, file.path, { text, baseMtimeMs: getDraft(project.id, file.path)?.baseMtimeMs ?? file.mtimeMs });
  };

  return (
    <Box hidden={hidden} sx={{ position: 'absolute', inset: 0 }}>
      <CodeEditor
        ref={(instance: EditorHandle | null) => {
          editor.current = instance;
          handle(instance);
        }}
        path={file.path}
        initialText={initialText}
        label={t('editorLabel', { file: fileName(file.path) })}
        hidden={hidden}
        check={(text) => call('compose.files.check', { id: project.id, path: file.path, text })}
        onChecked={onChecked}
        onChange={onChange}
        onSave={onSave}
      />
    </Box>
  );
}
