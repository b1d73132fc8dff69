/** The largest file the viewer reads to show (a bigger one is offered as a download). */
export const MAX_VIEW_BYTES = 2 * 1024 * 1024;

export type FileText = { kind: 'text'; text: string } | { kind: 'binary'; sizeBytes: number };

/**
 * Whether bytes are text to show: valid UTF-8 with no NUL (what `file` and git take as the mark of binary
 * data). Pure, for the file viewer.
 */
export function fileText(bytes: Uint8Array): FileText {
  if (bytes.includes(0)) return { kind: 'binary', sizeBytes: bytes.length };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'binary', sizeBytes: bytes.length };
  }
}
