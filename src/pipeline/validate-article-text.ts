import { InputError } from '../model/errors.ts';

/** Largest article text the analyzer accepts (characters); larger input is almost always not an article. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Rejects input that cannot be an article: empty, binary, or absurdly large. */
export function validateArticleText(text: string): void {
  if (text.trim().length === 0) {
    throw new InputError('The article text is empty.', 'Pass a file, URL or stdin with the article text.');
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new InputError(
      `The article text is ${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`,
      'Split the input into separate articles (for example one per line with `analyze --jsonl`).',
    );
  }
  if (looksBinary(text)) {
    throw new InputError('The input looks like binary data, not text.', 'Pass a text, HTML or feed file.');
  }
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  const control = controlCharacters(sample);
  return control < 0 || control / sample.length > 0.1;
}

/**
 * Control characters and replacement marks in `sample`, or -1 at a NUL. The loop is alone in its function: V8 compiles
 * it on the spot (on-stack replacement) in the first long article, before the code after it has ever run, and that
 * code, had it been here, would leave for the interpreter in every later call until the function is optimised whole.
 */
function controlCharacters(sample: string): number {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return -1;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control;
}
