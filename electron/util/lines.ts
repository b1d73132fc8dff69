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
 */
export function lineSplitter(onLine: (line: string) => void): LineSplitter {
  let tail = '';
  const decoder = new StringDecoder('utf8');
  const emit = (text: string) => {
    const lines = text.split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  };
  return {
    push: (data) => emit(tail + (typeof data === 'string' ? data : decoder.write(data))),
    flush() {
      const rest = tail + decoder.end();
      tail = '';
      if (rest) onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    },
  };
}
