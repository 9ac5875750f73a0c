import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.ts';

/** Largest single file (or stdin) read whole; larger collections of articles belong in JSONL, which is streamed. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

/** Reads a text file, refusing missing, huge and binary files with a message that says what to do instead. */
export async function readFileText(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new InputError(`No such file or folder: \`${path}\`.`, 'Check the path, or pass a URL or `-` for stdin.');
  if (info.size > MAX_SOURCE_BYTES) throw tooLarge(`\`${path}\``, info.size);
  return decodeText(await readFile(path), `\`${path}\``);
}

/** Decodes bytes as UTF-8 text, refusing binary data (NUL bytes or mostly undecodable bytes). */
export function decodeText(bytes: Buffer, where: string): string {
  const sample = bytes.subarray(0, 8192);
  const text = bytes.toString('utf8');
  const head = sample.toString('utf8');
  const replaced = head.length === 0 ? 0 : (head.match(/\uFFFD/g)?.length ?? 0) / head.length;
  if (sample.includes(0) || replaced > 0.05) {
    throw new InputError(
      `${where} looks like binary data, not text, HTML, a feed or JSONL.`,
      'Pass a UTF-8 text, HTML, RSS/Atom/JSON Feed or JSONL file.',
    );
  }
  return text.replace(/^\uFEFF/, '');
}

/** The error for input over `MAX_SOURCE_BYTES`. */
export function tooLarge(where: string, bytes: number): InputError {
  return new InputError(
    `${where} is ${(bytes / 1024 / 1024).toFixed(1)} MB; tidings reads single files up to ${MAX_SOURCE_BYTES / 1024 / 1024} MB.`,
    'Split it into separate articles, for example one JSON object per line in a .jsonl file (streamed, no size limit).',
  );
}
