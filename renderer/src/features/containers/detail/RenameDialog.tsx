import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { containerNamePattern } from '../../../../../shared/run-spec';
import { useExplainError } from '../../../api/errors';
import { useOpMutation } from '../../../api/hooks';
import { notify } from '../../../components/notifications';
import { routes } from '../../../../../shared/routes';
import { navigate } from '../../../lib/routing';

/** docker rename; the name is checked as the contract checks it, the engine's refusal (name taken) shown here. */
export function RenameContent({ container, onClose }: { container: ContainerSummary; onClose(): void }) {
  const { t } = useTranslation('containers');
  const explain = useExplainError();
  const [name, setName] = useState(container.name);
  const rename = useOpMutation('containers.rename', {
    onSuccess: (_result, input) => {
      notify({ severity: 'success', title: t('rename.done', { from: container.name, to: input.name }) });
      onClose();
      navigate(routes.container(container.id));
    },
    onError: () => {},
  });
  const trimmed = name.trim();
  const issue = trimmed === '' ? t('rename.required') : !containerNamePattern.test(trimmed) ? t('rename.pattern') : trimmed.length > 128 ? t('rename.tooLong') : null;
  const submit = () => {
    if (!issue && trimmed !== container.name) rename.mutate({ id: container.id, name: trimmed });
  };
  return (
    <>
      <DialogTitle id="rename-title">{t('rename.title', { name: container.name })}</DialogTitle>
      <DialogContent>
        <TextField
          label={t('rename.newName')}
          value={name}
          autoFocus
          fullWidth
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
          onFocus={(event) => event.target.select()}
          error={Boolean(issue) && name !== container.name}
          helperText={name !== container.name ? issue : undefined}
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        {rename.isError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {(rename.error as Error).message || explain(rename.error).summary}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>{t('rename.cancel')}</Button>
        <Button variant="contained" disabled={Boolean(issue) || trimmed === container.name || rename.isPending} onClick={submit}>
          {t('rename.rename')}
        </Button>
      </DialogActions>
    </>
  );
}
