// berth/no-literal-ui-text (eslint/ui-text.js): it finds UI words written into the renderer's code (and `npm test`
// lints the whole renderer with it, so no file has any).
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';

const root = path.join(import.meta.dirname, '../..');
const RULE = 'berth/no-literal-ui-text';

async function findings(code: string, file = 'renderer/src/features/volumes/Sample.tsx'): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => `${m.line}`);
}

describe('berth/no-literal-ui-text', () => {
  test('reports JSX text, string children, text props, word-like props and text-named object keys', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function Sample({ n }: { n: number }) {',
      "  const columns = [{ key: 'name', headerName: 'Name' }];",
      '  return (',
      '    <div>',
      '      <p>Remove this volume?</p>',
      "      <p>{'Nothing here'}</p>",
      '      <button aria-label="Close dialog" />',
      '      <input placeholder={`Search ${n}`} />',
      '      <Other confirmLabel="Remove" note="is in use by web" />',
      '      {columns.length}',
      '    </div>',
      '  );',
      '}',
      'declare function Other(props: Record<string, string>): null;',
      'void useTranslation;',
    ].join('\n');
    assert.deepEqual(await findings(code), ['3', '6', '7', '8', '9', '10', '10']);
  });

  test('lets words from t(), technical props and symbols through', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function Sample() {',
      "  const { t } = useTranslation('volumes');",
      "  const columns = [{ key: 'name', headerName: t('columns.name') }];",
      '  return (',
      '    <div className="grid wide" data-testid="volume list" role="grid">',
      "      <p title={t('remove.title')}>{t('remove.question', { name: 'data' })} · {columns.length} — %</p>",
      '      <input type="search" autoComplete="off" />',
      '    </div>',
      '  );',
      '}',
    ].join('\n');
    assert.deepEqual(await findings(code), []);
  });
});
