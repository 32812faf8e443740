// Lines of a file, read as a stream so a large export never has to fit in memory as one string.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { InputError } from './input-error';

export async function checkReadable(path: string, what: string): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new InputError(`${what} file ${path} cannot be read: it does not exist or is not readable.`);
  }
}

export async function* readLines(path: string): AsyncGenerator<{ line: string; number: number }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    yield { line, number };
  }
}

/** The first non-blank character of a file: `{` of a JSON document, or of the first JSONL line. */
export async function firstLine(path: string): Promise<string> {
  for await (const { line } of readLines(path)) if (line.trim() !== '') return line;
  return '';
}
