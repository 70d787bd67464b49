/** Small helpers shared by the CLI commands. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs that turns unknown options and bad values into a UsageError (exit code 2). */
export function parse<T extends Options>(
  args: string[],
  options: T,
  allowPositionals = true,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Writes to stdout and waits when the pipe is full, so large outputs keep their order and memory stays flat. */
export function writeOut(stream: NodeJS.WritableStream, s: string | Uint8Array): Promise<void> | void {
  if (!stream.write(s)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

export function warn(msg: string): void {
  process.stderr.write(`qawl: ${msg}\n`);
}

/** Parses a whole number ≥ 0 given to an option, or throws a UsageError naming the option. */
export function wholeNumber(option: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new UsageError(`${option} needs a whole number, got '${v}'`);
  return n;
}
