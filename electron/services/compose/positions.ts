import type { LineCounter, Node } from 'yaml';
import type { ComposeDiagnostic } from '../../../shared/contract/compose.js';

/** Where a diagnostic sits in its file: 1-based, the end just past the last character. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The 1-based line and column of an offset (a text without any line yet counts as line 1). */
export function lineAndColumn(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

/** Turns offsets and nodes of one parsed file into lines and columns, and makes its diagnostics. */
export class FilePositions {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  span(start: number, end: number): Span {
    const from = lineAndColumn(this.lines, start);
    const to = lineAndColumn(this.lines, Math.max(start, end));
    return { ...from, endLine: to.line, endColumn: to.column };
  }

  /** A node's place, without what follows its value (comments, the line break). */
  ofNode(node: Node | null | undefined): Span | null {
    return node?.range ? this.span(node.range[0], node.range[1]) : null;
  }

  diagnostic(
    span: Span,
    code: ComposeDiagnostic['code'],
    params: Record<string, string>,
    message: string,
    severity: ComposeDiagnostic['severity'] = 'error',
  ): ComposeDiagnostic {
    return { file: this.file, ...span, severity, code, params, message };
  }
}
