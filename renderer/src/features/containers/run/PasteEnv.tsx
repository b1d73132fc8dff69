import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from '../../../components/theme';
import { parseDotenv } from '../../../../../shared/dotenv';

/** A .env file pasted as text: how many variables it holds and which lines are not KEY=value, then Add. */
export function PasteEnv({ onAdd, onCancel }: { onAdd(entries: { key: string; value: string }[]): void; onCancel(): void }) {
  const { t } = useTranslation('run');
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseDotenv(text), [text]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <TextField
        label={t('paste.contents')}
        multiline
        minRows={4}
        maxRows={10}
        value={text}
        autoFocus
        placeholder={t('paste.placeholder')}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont, fontSize: 12 } }, inputLabel: { shrink: true } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="caption" color={parsed.skipped.length ? 'warning.main' : 'text.secondary'} sx={{ flex: 1 }}>
          {t('paste.count', { count: parsed.entries.length })}
          {parsed.skipped.length > 0 && ` · ${t('paste.skipped', { lines: parsed.skipped.map((s) => s.line).join(', ') })}`}
        </Typography>
        <Button onClick={onCancel}>{t('paste.cancel')}</Button>
        <Button variant="contained" disabled={parsed.entries.length === 0} onClick={() => onAdd(parsed.entries)}>
          {t('paste.add', { count: parsed.entries.length })}
        </Button>
      </Box>
    </Box>
  );
}
