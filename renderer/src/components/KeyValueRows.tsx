import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { monoFont } from './theme';
import type { KeyValueRow } from '../lib/key-value';

/** Rows of name = value (environment, labels); each field named "<noun> N name/value" for assistive tech. */
export function KeyValueRows({
  rows,
  onChange,
  noun,
  issueKey,
  issueOf,
  extra,
  keyPlaceholder = 'NAME',
}: {
  rows: readonly KeyValueRow[];
  onChange(rows: KeyValueRow[]): void;
  /** "Variable", "Label". */
  noun: string;
  /** The form's issue prefix, e.g. 'env'. */
  issueKey: string;
  issueOf(key: string): string | undefined;
  extra?: ReactNode;
  keyPlaceholder?: string;
}) {
  const { t } = useTranslation('components');
  const update = (index: number, patch: Partial<KeyValueRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {rows.map((row, index) => {
        const keyIssue = issueOf(`${issueKey}.${index}.key`);
        return (
          <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              value={row.key}
              placeholder={keyPlaceholder}
              onChange={(event) => update(index, { key: event.target.value })}
              error={Boolean(keyIssue)}
              helperText={keyIssue}
              sx={{ flex: '0 0 38%' }}
              slotProps={{ htmlInput: { 'aria-label': t('keyValue.name', { noun, index: index + 1 }), spellCheck: false, style: { fontFamily: monoFont } } }}
            />
            <TextField
              value={row.value}
              placeholder={t('keyValue.valuePlaceholder')}
              onChange={(event) => update(index, { value: event.target.value })}
              sx={{ flex: 1 }}
              slotProps={{ htmlInput: { 'aria-label': t('keyValue.value', { noun, index: index + 1 }), spellCheck: false, style: { fontFamily: monoFont } } }}
            />
            <IconButton aria-label={t('keyValue.remove', { noun: noun.toLowerCase(), index: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))} sx={{ mt: 0.5 }}>
              <CloseOutlined fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button startIcon={<AddOutlined fontSize="small" />} onClick={() => onChange([...rows, { key: '', value: '' }])}>
          {t('keyValue.add', { noun: noun.toLowerCase() })}
        </Button>
        {extra}
      </Box>
    </Box>
  );
}
