import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { monoFont } from '../../../components/theme';
import { parseDotenv } from './dotenv';

/** A .env file pasted as text: how many variables it holds and which lines are not KEY=value, then Add. */
export function PasteEnv({ onAdd, onCancel }: { onAdd(entries: { key: string; value: string }[]): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseDotenv(text), [text]);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <TextField
        label=".env contents"
        multiline
        minRows={4}
        maxRows={10}
        value={text}
        autoFocus
        placeholder={'# comments are ignored\nKEY=value\nQUOTED="with spaces"'}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: monoFont, fontSize: 12 } }, inputLabel: { shrink: true } }}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="caption" color={parsed.skipped.length ? 'warning.main' : 'text.secondary'} sx={{ flex: 1 }}>
          {parsed.entries.length} {parsed.entries.length === 1 ? 'variable' : 'variables'}
          {parsed.skipped.length > 0 && ` · skipped line ${parsed.skipped.map((s) => s.line).join(', ')} (not KEY=value)`}
        </Typography>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" disabled={parsed.entries.length === 0} onClick={() => onAdd(parsed.entries)}>
          Add {parsed.entries.length || ''} {parsed.entries.length === 1 ? 'variable' : 'variables'}
        </Button>
      </Box>
    </Box>
  );
}
