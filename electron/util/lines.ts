import { StringDecoder } from 'node:string_decoder';

export interface LineSplitter {
  /** Bytes (decoded as UTF-8, a character cut in two by a chunk boundary waiting for its rest) or text. */
  push(data: Buffer | string): void;
  /** Hands on an unfinished last line, if any (the stream ended without its newline). */
  flush(): void;
}

/**
 * The one line splitter of the codebase: a stream of any chunks into lines, a partial last line kept until
 * its newline arrives. A trailing "\r" is dropped, so CRLF output reads like LF.
 *
 * `maxLength`: a longer line is handed on in pieces of at most this many characters, and output that never
 * prints a newline (a program gone wrong) is not held in memory until it ends.
 */
export function lineSplitter(onLine: (line: string) => void, { maxLength = Infinity }: { maxLength?: number } = {}): LineSplitter {
  let tail = '';
  const decoder = new StringDecoder('utf8');
  const hand = (line: string) => {
    if (line.length <= maxLength) return onLine(line);
    for (let at = 0; at < line.length; at += maxLength) onLine(line.slice(at, at + maxLength));
  };
  const emit = (text: string) => {
    const lines = text.split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) hand(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (tail.length > maxLength) {
      // Whole pieces go now; the rest waits for more of its line.
      const keep = tail.length % maxLength || maxLength;
      hand(tail.slice(0, tail.length - keep));
      tail = tail.slice(tail.length - keep);
    }
  };
  return {
    push: (data) => emit(tail + (typeof data === 'string' ? data : decoder.write(data))),
    flush() {
      const rest = tail + decoder.end();
      tail = '';
      if (rest) hand(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    },
  };
}
