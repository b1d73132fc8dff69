/** The .env reader shared by the run dialog (pasting a .env) and compose files (a project's .env). */
interface EnvEntry {
  key: string;
  value: string;
}

interface DotenvResult {
  entries: EnvEntry[];
  /** Lines that are not KEY=value, with their 1-based line number. */
  skipped: { line: number; text: string }[];
}

/**
 * Reads a .env block as docker compose and most tools do: `KEY=value` per line, blank lines and `#`
 * comments ignored, an optional `export ` prefix, values optionally in single quotes (literal) or double
 * quotes (with \n, \t, \\ and \" escapes); an unquoted value ends at ` #` (an inline comment) and is trimmed.
 * A later key wins over an earlier one.
 */
export function parseDotenv(text: string): DotenvResult {
  const byKey = new Map<string, string>();
  const skipped: DotenvResult['skipped'] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      skipped.push({ line: index + 1, text: raw });
      return;
    }
    const key = match[1]!;
    const rest = match[2]!;
    let value: string;
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1);
      value = end < 0 ? rest.slice(1) : rest.slice(1, end);
    } else if (rest.startsWith('"')) {
      value = '';
      let i = 1;
      for (; i < rest.length; i++) {
        const c = rest[i]!;
        if (c === '"') break;
        if (c === '\\' && i + 1 < rest.length) {
          const next = rest[++i]!;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
        } else {
          value += c;
        }
      }
    } else {
      const comment = rest.search(/\s#/);
      value = (comment < 0 ? rest : rest.slice(0, comment)).trim();
    }
    byKey.delete(key); // keep the order of the last occurrence
    byKey.set(key, value);
  });
  return { entries: [...byKey].map(([key, value]) => ({ key, value })), skipped };
}
