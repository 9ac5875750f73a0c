import { InputError } from '../../model/errors.ts';

/** One sentence of a CoNLL file: its words and their gold tags (IOB1, IOB2 or IOBES, as written). */
export interface ConllSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Sentences grouped by `-DOCSTART-` lines, so document-level features see the same article. */
export type ConllDocument = readonly ConllSentence[];

/** Parses CoNLL-2003 columns (word first, NER tag last); a file without DOCSTART lines is one document. */
export function parseConll(text: string, source = 'input'): ConllDocument[] {
  const documents: ConllSentence[][] = [[]];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) documents[documents.length - 1]?.push({ words, tags });
    words = [];
    tags = [];
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').trim();
    if (line === '') {
      flush();
      continue;
    }
    const columns = line.split(/\s+/);
    const word = columns[0] ?? '';
    if (word === '-DOCSTART-') {
      flush();
      if ((documents[documents.length - 1]?.length ?? 0) > 0) documents.push([]);
      continue;
    }
    const tag = columns[columns.length - 1] ?? '';
    if (columns.length < 2 || !/^(O|[BIES]-[A-Za-z]+)$/.test(tag)) {
      throw new InputError(
        `Expected CoNLL columns \`WORD … TAG\` with a tag like \`B-PER\`, \`I-LOC\` or \`O\` in ${source} line ${n + 1}, got \`${line.slice(0, 60)}\``,
        'Give a CoNLL-2003 file: one token per line, the NER tag in the last column, blank lines between sentences.',
      );
    }
    words.push(word);
    tags.push(tag);
  }
  flush();
  return documents.filter((doc) => doc.length > 0);
}
