import { jsonSchemas } from '../schema/records.js';
import { parse } from './args.js';

export const help = `usage: qawl schema [--help]

Prints the JSON Schema (draft 2020-12) of every record qawl emits (Document, Entity, Claim, Place, Error),
generated from the library's zod schemas.`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, { help: { type: 'boolean', short: 'h' } }, false);
  if (values.help) {
    process.stdout.write(help + '\n');
    return 0;
  }
  process.stdout.write(JSON.stringify(jsonSchemas(), null, 2) + '\n');
  return 0;
}
