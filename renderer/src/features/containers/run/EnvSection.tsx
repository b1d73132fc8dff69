import ContentPasteOutlined from '@mui/icons-material/ContentPasteOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/FormSection';
import { KeyValueRows } from '../../../components/KeyValueRows';
import type { KeyValueRow } from '../../../lib/key-value';
import { PasteEnv } from './PasteEnv';
import type { RunSectionProps } from './run-section';

/** The rows after pasting: a pasted name replaces its row, new names are added, empty rows go. */
function mergeEnv(rows: readonly KeyValueRow[], entries: readonly KeyValueRow[]): KeyValueRow[] {
  const merged = rows.filter((row) => row.key.trim() !== '' || row.value !== '');
  for (const entry of entries) {
    const at = merged.findIndex((row) => row.key.trim() === entry.key);
    if (at >= 0) merged[at] = entry;
    else merged.push(entry);
  }
  return merged;
}

/** Environment variables as rows, or pasted from a .env file. */
export function EnvSection({ form, set, issueOf }: RunSectionProps) {
  const { t } = useTranslation('run');
  const [pasting, setPasting] = useState(false);
  return (
    <FormSection title={t('env.title')}>
      <KeyValueRows
        rows={form.env}
        onChange={(rows) => set('env', rows)}
        noun={t('env.noun')}
        issueKey="env"
        issueOf={issueOf}
        extra={
          <Button startIcon={<ContentPasteOutlined fontSize="small" />} onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
            {t('env.paste')}
          </Button>
        }
      />
      {pasting && (
        <PasteEnv
          onCancel={() => setPasting(false)}
          onAdd={(entries) => {
            set('env', mergeEnv(form.env, entries));
            setPasting(false);
          }}
        />
      )}
    </FormSection>
  );
}
