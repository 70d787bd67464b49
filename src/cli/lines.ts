/** Reads a file as lines of bytes in linear time, holding one line (plus one chunk) in memory at a time. */
import { createReadStream } from 'node:fs';

export interface ByteLine {
  /** the line without its line break */
  line: Buffer;
  /** byte offset just after this line's line break (the file's length for a last line without one) */
  end: number;
  /** false for a last line with no line break (in an output file: possibly cut off) */
  terminated: boolean;
}

export async function* byteLines(path: string): AsyncGenerator<ByteLine> {
  let pieces: Buffer[] = [];
  let offset = 0;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    let from = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, from)) >= 0) {
      const part = buf.subarray(from, nl);
      yield { line: pieces.length ? Buffer.concat([...pieces, part]) : part, end: offset + nl + 1, terminated: true };
      pieces = [];
      from = nl + 1;
    }
    if (from < buf.length) pieces.push(buf.subarray(from));
    offset += buf.length;
  }
  if (pieces.length) yield { line: Buffer.concat(pieces), end: offset, terminated: false };
}
