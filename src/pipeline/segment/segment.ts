import type { Sentence, Token } from '../../model/token.ts';
import { WINK_LEXEMES } from '../../model/word-ids.ts';
import { tokenForms } from '../token-forms.ts';
import type { Stage } from '../stage.ts';
import { detectLanguage } from './detect-language.ts';
import { maskLongRuns } from './mask-long-runs.ts';
import { loadWink, type WinkReader } from './wink.ts';

/** Splits text into sentences and tokens with POS tags; offsets are exact because wink-nlp tokenises losslessly. */
export const segment: Stage<WinkReader> = {
  name: 'segment',
  needs: [],
  prepare: () => loadWink(),
  run(doc, wink) {
    const its = wink.its;
    const text = doc.text;
    const { lexemes, lexemeTexts, spaces, tags, lemmas, sentenceSpans } = wink.read(maskLongRuns(text), (wdoc, lexemeTexts) => {
      const winkTokens = wdoc.tokens();
      const lexemes = winkTokens.out(its.uniqueId) as unknown as number[];
      const tags = winkTokens.out(its.pos);
      return {
        // wink's lexeme index. A token's text is `lexemeTexts[lexeme]`, read below rather than through `its.value`
        // (which reads the same entry at the cost of a call per token and an array per document); and for a word of the
        // model's own lexicon its word id is an array read, not a hash (see `WORDS`).
        lexemes,
        lexemeTexts,
        spaces: winkTokens.out(its.precedingSpaces),
        tags,
        lemmas: wink.lemmas(wdoc, lexemes, tags),
        sentenceSpans: wdoc.sentences().out(its.span) as unknown as [number, number][],
      };
    });
    const count = lexemes.length;
    const tokens: Token[] = [];
    const lexiconSize = wink.intrinsicLexemes <= WINK_LEXEMES ? wink.intrinsicLexemes : 0;
    const ids = idBuffer(count);
    // wink index -> our index; whitespace tokens (line breaks) are dropped from `tokens`.
    const indexOf = indexBuffer(count);
    let offset = 0;
    let previousTag = '';
    for (let i = 0; i < count; i++) {
      const spaceLength = (spaces[i] as string).length;
      offset += spaceLength;
      const winkValue = lexemeTexts[lexemes[i] as number] as string;
      const end = Math.min(text.length, offset + winkValue.length);
      const tag = tags[i] as string;
      indexOf[i] = tokens.length;
      if (tag !== 'SPACE' && !isBlank(text, offset, end)) {
        // wink's own string for the token when the text holds it (wink saw a masked copy of the same length): the same
        // string object every time a word recurs, so later stages' look-ups by token text find their keys by identity.
        const isWinks = winkValue.length === end - offset && text.startsWith(winkValue, offset);
        const value = isWinks ? winkValue : text.slice(offset, end);
        const lexeme = lexemes[i] as number;
        ids[tokens.length] = isWinks && lexeme < lexiconSize ? lexeme : -1;
        tokens.push({
          text: value,
          span: { start: offset, end },
          pos: tag,
          lemma: (lemmas[i] ?? value).toLowerCase(),
          precededBySpace: spaceLength > 0 || previousTag === 'SPACE',
        });
      }
      previousTag = tag;
      offset = end;
    }
    const sentences: Sentence[] = [];
    for (const [from, to] of sentenceSpans) {
      const first = from < count ? (indexOf[from] as number) : tokens.length;
      const last = (to < count ? (indexOf[to] as number) : tokens.length) - (isDropped(tags, lexemes, lexemeTexts, to) ? 1 : 0);
      const firstToken = tokens[first];
      const lastToken = tokens[last];
      if (!firstToken || !lastToken || last < first) continue;
      sentences.push({ span: { start: firstToken.span.start, end: lastToken.span.end }, firstToken: first, lastToken: last });
    }
    tokenForms(tokens, ids);
    const language = detectLanguage(tokens);
    return {
      tokens,
      sentences,
      language: language.code,
      diagnostics: language.diagnostic ? [language.diagnostic] : [],
    };
  },
};

let sharedIndex = new Int32Array(4096);

/**
 * A scratch array of at least `length` entries, reused across documents: allocating a typed array per document went
 * through the runtime and showed in profiles. Entries past what the caller writes are stale, so it reads only those.
 */
function indexBuffer(length: number): Int32Array {
  if (sharedIndex.length < length) sharedIndex = new Int32Array(Math.max(length, 2 * sharedIndex.length));
  return sharedIndex;
}

let sharedIds = new Int32Array(4096);

/** Like `indexBuffer`, for the tokens' lexeme ids; `tokenForms` reads only the entries of this document's tokens. */
function idBuffer(length: number): Int32Array {
  if (sharedIds.length < length) sharedIds = new Int32Array(Math.max(length, 2 * sharedIds.length));
  return sharedIds;
}

function isDropped(tags: readonly string[], lexemes: readonly number[], lexemeTexts: readonly string[], index: number): boolean {
  return tags[index] === 'SPACE' || (index < lexemes.length ? (lexemeTexts[lexemes[index] as number] as string) : '').trim().length === 0;
}

/** Whether `text[start, end)` is empty or only whitespace, without copying it: most tokens fail on their first character. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) return false;
    if (text.slice(i, i + 1).trim().length > 0) return false;
  }
  return true;
}
