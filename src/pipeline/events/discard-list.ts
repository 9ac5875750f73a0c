import { readFileSync } from 'node:fs';
import { ConfigError } from '../../model/errors.ts';
import type { Token } from '../../model/token.ts';
import { tokenForms } from '../token-forms.ts';

/**
 * Phrases that mark text not to code (PETRARCH's discard list): sport, weather, entertainment, where verbs of war and
 * diplomacy ("attacked", "beat", "defended the title") mean something else. A sentence phrase stops its sentence; a
 * story phrase (`+TYPHOON`) stops the whole document.
 */
export interface DiscardList {
  readonly sentence: readonly (readonly string[])[];
  readonly story: readonly (readonly string[])[];
}

/** Reads PETRARCH's discard format: one phrase a line, `+` for a whole story, `#` comments, `<!-- -->` blocks. */
export function parseDiscardList(text: string): DiscardList {
  const sentence: string[][] = [];
  const story: string[][] = [];
  for (const rawLine of text.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const isStory = line.startsWith('+');
    // PETRARCH joins a phrase's words with `_` or spaces; both are separate words in our tokens.
    const words = line.replace(/^\+/, '').toLowerCase().split(/[\s_]+/).filter(Boolean);
    if (words.length > 0) (isStory ? story : sentence).push(words);
  }
  return { sentence, story };
}

export function loadDiscardFiles(files: readonly string[]): DiscardList {
  const lists = files.map((file) => {
    try {
      return parseDiscardList(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`Cannot read the discard list \`${file}\`: ${(error as Error).message}`, 'Check the path given to --discards (or $TIDINGS_DISCARDS).');
    }
  });
  return { sentence: lists.flatMap((list) => list.sentence), story: lists.flatMap((list) => list.story) };
}

/** Whether tokens `first..last` hold one of the phrases, word for word (case aside). */
export function holdsPhrase(tokens: readonly Token[], first: number, last: number, phrases: readonly (readonly string[])[]): boolean {
  if (phrases.length === 0) return false;
  const { lower } = tokenForms(tokens);
  for (let start = first; start <= last; start++) {
    const word = lower[start];
    for (const phrase of phrases) {
      if (phrase[0] !== word || start + phrase.length - 1 > last) continue;
      if (phrase.every((part, offset) => lower[start + offset] === part)) return true;
    }
  }
  return false;
}
