import type { Sentence, Token } from '../../model/token.ts';
import type { Stage } from '../stage.ts';
import { detectLanguage } from './detect-language.ts';
import { loadWink, type Wink } from './wink.ts';

/** Splits text into sentences and tokens with POS tags; offsets are exact because wink-nlp tokenises losslessly. */
export const segment: Stage<Wink> = {
  name: 'segment',
  needs: [],
  prepare: () => loadWink(),
  run(doc, nlp) {
    const its = nlp.its;
    const wdoc = nlp.readDoc(maskLongRuns(doc.text));
    const values = wdoc.tokens().out(its.value);
    const spaces = wdoc.tokens().out(its.precedingSpaces);
    const tags = wdoc.tokens().out(its.pos);
    // its.lemma needs the model's addons, which wink's typings do not thread through `out`.
    const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.normal);
    const tokens: Token[] = [];
    // wink index -> our index; whitespace tokens (line breaks) are dropped from `tokens`.
    const indexOf: number[] = [];
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      const space = spaces[i] ?? '';
      offset += space.length;
      // Read from the original text: wink saw a masked copy of the same length.
      const value = doc.text.slice(offset, offset + (values[i] ?? '').length);
      indexOf.push(tokens.length);
      if (tags[i] !== 'SPACE' && value.trim().length > 0) {
        tokens.push({
          text: value,
          span: { start: offset, end: offset + value.length },
          pos: tags[i] ?? 'X',
          lemma: (lemmas[i] ?? value).toLowerCase(),
          precededBySpace: space.length > 0 || (i > 0 && tags[i - 1] === 'SPACE'),
        });
      }
      offset += value.length;
    }
    const sentences: Sentence[] = [];
    for (const [from, to] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
      const first = indexOf[from] ?? tokens.length;
      const last = (indexOf[to] ?? tokens.length) - (isDropped(tags, values, to) ? 1 : 0);
      const firstToken = tokens[first];
      const lastToken = tokens[last];
      if (!firstToken || !lastToken || last < first) continue;
      sentences.push({ span: { start: firstToken.span.start, end: lastToken.span.end }, firstToken: first, lastToken: last });
    }
    const language = detectLanguage(tokens);
    return {
      tokens,
      sentences,
      language: language.code,
      diagnostics: language.diagnostic ? [language.diagnostic] : [],
    };
  },
};

// wink-nlp takes quadratic time on long unbroken letter runs (60k letters: ~20 s). Runs longer than any real word
// are replaced by digits of the same length, which wink tokenises in linear time; offsets stay exact.
function maskLongRuns(text: string): string {
  return text.replace(/\S{200,}/g, (run) => '0'.repeat(run.length));
}

function isDropped(tags: readonly string[], values: readonly string[], index: number): boolean {
  return tags[index] === 'SPACE' || (values[index] ?? '').trim().length === 0;
}
