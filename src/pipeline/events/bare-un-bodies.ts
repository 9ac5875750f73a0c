import type { Sentence, Token } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';

/** Bodies wire copy names without "UN" once the context is clear; each is the United Nations' unless a word before or "of" after says whose. */
const BODIES: readonly (readonly [string, string])[] = [
  ['Security', 'Council'],
  ['General', 'Assembly'],
];
const BODY_WORDS = sentenceWords(BODIES.map((body) => body[1].toLowerCase()));

/**
 * "The Security Council voted…", "the General Assembly adopted…": right after a bare "the", with no name or adjective
 * before the body ("Russia's Security Council", "the National Security Council", "the Illinois General Assembly") and no
 * "of" after it ("the General Assembly of the Church"), the body is the UN's (IGOUNO).
 */
export function bareUnBodies(tokens: readonly Token[], sentence: Sentence): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(tokens, sentence, BODY_WORDS)) return mentions;
  for (let index = sentence.firstToken + 1; index < sentence.lastToken; index++) {
    if (!(tokens[index - 1]?.lemma === 'the' && tokens[index - 2]?.text !== "'s") && !namesIndefiniteResolution(tokens, index)) continue;
    const body = bodyAt(tokens, index);
    if (!body || tokens[index + 2]?.lemma === 'of') continue;
    mentions.push(actorMention({ first: index, last: index + 1, code: 'IGOUNO', name: `UN ${body[0]} ${body[1]}` }));
  }
  return mentions;
}

/**
 * "vetoed a Security Council resolution", "a draft General Assembly resolution": an indefinite body naming a resolution is
 * the UN's too (a country's own security council meets and decides; it passes no resolutions wire copy reports).
 */
function namesIndefiniteResolution(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.lemma === 'draft' ? tokens[index - 2]?.lemma : tokens[index - 1]?.lemma;
  return (before === 'a' || before === 'an' || before === 'the') && tokens[index + 2]?.lemma === 'resolution';
}

/** The body named at `index`; a loop, not `find` with a closure, so the caller's loop allocates nothing per token. */
function bodyAt(tokens: readonly Token[], index: number): readonly [string, string] | undefined {
  for (const body of BODIES) if (tokens[index]?.text === body[0] && tokens[index + 1]?.text === body[1]) return body;
  return undefined;
}
