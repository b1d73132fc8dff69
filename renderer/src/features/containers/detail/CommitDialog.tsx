import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { containerOps, type ContainerSummary } from '../../../../../shared/contract/containers';
import { useExplainError } from '../../../api/errors';
import { useOp, useOpMutation } from '../../../api/hooks';
import { notify } from '../../../components/notifications';
import { monoFont } from '../../../components/theme';
import { issueProblem } from '../../../api/zod-issues';

const instructions = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'WORKDIR', 'USER', 'LABEL'] as const;
type Instruction = (typeof instructions)[number];
interface ChangeRow {
  instruction: Instruction;
  value: string;
}

const placeholders: Record<Instruction, string> = {
  CMD: '["sh", "-c", "echo hi"]',
  ENTRYPOINT: '["/entrypoint.sh"]',
  ENV: 'KEY=value',
  EXPOSE: '8080/tcp',
  WORKDIR: '/app',
  USER: 'nobody',
  LABEL: 'com.example.key=value',
};

/** "repo/name:tag" → repository and tag (a colon after the last slash starts the tag; host:port stays). */
function splitReference(reference: string): { repository?: string; tag?: string } {
  const value = reference.trim();
  if (!value) return {};
  const slash = value.lastIndexOf('/');
  const colon = value.lastIndexOf(':');
  if (colon > slash) return { repository: value.slice(0, colon), tag: value.slice(colon + 1) };
  return { repository: value };
}

/** docker commit -a -m -c -p: a new image from the container, with Dockerfile changes; the result's id in a snackbar. */
export function CommitContent({ container, onClose }: { container: ContainerSummary; onClose(): void }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  const queryClient = useQueryClient();
  const inspect = useOp('containers.inspect', { id: container.id });
  const [reference, setReference] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState('');
  const [pause, setPause] = useState(true);
  const [changes, setChanges] = useState<ChangeRow[] | null>(null);
  const [submitted, setSubmitted] = useState(false);

  // CMD starts as the container's own, in exec form, once inspect has it (until the user edits the rows).
  const config = (inspect.data as { Config?: { Cmd?: string[] | null } } | undefined)?.Config;
  const rows: ChangeRow[] = changes ?? (inspect.data ? [{ instruction: 'CMD', value: JSON.stringify(config?.Cmd ?? []) }] : []);
  const input = {
    id: container.id,
    ...splitReference(reference),
    ...(author.trim() ? { author: author.trim() } : {}),
    ...(message.trim() ? { message: message.trim() } : {}),
    changes: rows.filter((row) => row.value.trim()).map((row) => `${row.instruction} ${row.value.trim()}`),
    pause,
  };
  const parsed = containerOps['containers.commit'].input.safeParse(input);
  const issues = new Map<string, string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head] = issue.path;
      const key = head === 'repository' || head === 'tag' ? 'reference' : String(head);
      if (!issues.has(key)) issues.set(key, issueProblem(issue, t));
    }
  }

  const commit = useOpMutation('containers.commit', {
    onSuccess: (result) => {
      const tagged = reference.trim();
      notify({
        severity: 'success',
        title: tagged ? t('commit.done', { name: container.name, reference: tagged }) : t('commit.doneUntagged', { name: container.name }),
        message: t('commit.imageId', { id: result.imageId.replace(/^sha256:/, '').slice(0, 12) }),
        detail: result.imageId,
      });
      void queryClient.invalidateQueries({ queryKey: ['images.list'] });
      onClose();
    },
    onError: () => {},
  });

  const submit = () => {
    setSubmitted(true);
    if (parsed.success) commit.mutate(input);
  };

  const issueAt = (key: string) => (submitted || key === 'reference' ? issues.get(key) : undefined);

  return (
    <>
      <DialogTitle id="commit-title">{t('commit.title', { name: container.name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5, mt: 1 }}>
          <TextField
            label={t('commit.reference')}
            placeholder={t('commit.referencePlaceholder')}
            value={reference}
            autoFocus
            onChange={(e) => setReference(e.target.value)}
            error={Boolean(reference.trim() && issueAt('reference'))}
            helperText={(reference.trim() && issueAt('reference')) || t('commit.referenceEmpty')}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont } }, inputLabel: { shrink: true } }}
          />
          <TextField label={t('commit.author')} placeholder={t('commit.authorPlaceholder')} value={author} onChange={(e) => setAuthor(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField label={t('commit.message')} value={message} onChange={(e) => setMessage(e.target.value)} multiline minRows={2} sx={{ gridColumn: '1 / -1' }} slotProps={{ inputLabel: { shrink: true } }} />
        </Box>
        <Box>
          <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
            {t('commit.changes')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {t('commit.changesHint')}
          </Typography>
        </Box>
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <Box key={index} sx={{ display: 'grid', gridTemplateColumns: '140px 1fr 32px', gap: 1, alignItems: 'flex-start' }}>
              <TextField
                select
                value={row.instruction}
                onChange={(e) => setChanges(rows.map((r, i) => (i === index ? { ...r, instruction: e.target.value as Instruction } : r)))}
                slotProps={{ select: { inputProps: { 'aria-label': t('commit.instruction', { n }) } } }}
              >
                {instructions.map((instruction) => (
                  <MenuItem key={instruction} value={instruction} sx={{ fontFamily: monoFont }}>
                    {instruction}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                value={row.value}
                placeholder={placeholders[row.instruction]}
                onChange={(e) => setChanges(rows.map((r, i) => (i === index ? { ...r, value: e.target.value } : r)))}
                slotProps={{ htmlInput: { 'aria-label': t('commit.value', { n }), spellCheck: false, style: { fontFamily: monoFont } } }}
              />
              <IconButton aria-label={t('commit.removeChange', { n })} onClick={() => setChanges(rows.filter((_, i) => i !== index))} sx={{ mt: 0.5 }}>
                <CloseOutlined fontSize="small" />
              </IconButton>
            </Box>
          );
        })}
        <Box>
          <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => setChanges([...rows, { instruction: 'ENV', value: '' }])}>
            {t('commit.addChange')}
          </Button>
        </Box>
        <FormControlLabel control={<Checkbox checked={pause} onChange={(e) => setPause(e.target.checked)} />} label={t('commit.pause')} />
        {submitted && !parsed.success && (
          <Alert severity="error">{[...issues.values()].join('; ')}</Alert>
        )}
        {commit.isError && (
          <Alert severity="error">
            {(commit.error as Error).message || explain(commit.error).summary}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('commit.cancel')}</Button>
        <Button variant="contained" disabled={commit.isPending || !inspect.data} onClick={submit}>
          {commit.isPending ? t('commit.committing') : t('commit.commit')}
        </Button>
      </DialogActions>
    </>
  );
}
