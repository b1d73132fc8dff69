import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { BerthError } from '../../../../../shared/contract/errors';
import { useExplainError } from '../../../api/errors';
import { monoFont } from '../../../components/theme';

/** The engine's refusal, in its own words where they name the problem (the port, the image), else the code's meaning with them after. */
export function RunError({ error, onClose, ref }: { error: unknown; onClose(): void; ref: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('run');
  const explain = useExplainError();
  const { summary, detail } = explain(error, { mainWordsFirst: true });
  return (
    <Alert severity="error" role="alert" ref={ref} onClose={onClose} data-testid="run-error">
      <AlertTitle>{error instanceof BerthError && error.code === 'NOT_FOUND' ? t('error.notFound') : t('error.notStarted')}</AlertTitle>
      {summary}
      {detail && <Box sx={{ mt: 0.5, fontFamily: monoFont, fontSize: 12 }}>{detail}</Box>}
    </Alert>
  );
}
