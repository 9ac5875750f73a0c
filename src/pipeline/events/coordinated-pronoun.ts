import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence } from '../../model/token.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { actorMention } from './actor-mention.ts';
import { isBareCountry } from './agent-roles.ts';
import { hasSentenceWords, sentenceWords } from './sentence-words.ts';

const PERSON_PRONOUNS = new Set(['he', 'she']);
const PRONOUN_WORDS = sentenceWords(PERSON_PRONOUNS);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to']);

/**
 * "Lula flew to Tokyo, where he and Japan's prime minister signed a trade pact": a "he" or "she" joined by "and" to a
 * named actor is one of two sides, and stands for the person the sentence is about, its subject (a leader, not a
 * country, and not a place the leader went to).
 */
export function coordinatedPronouns(doc: AnalyzedDocument, sentence: Sentence, covered: (index: number) => boolean, resolved: readonly ActorMention[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  if (!hasSentenceWords(doc.tokens, sentence, PRONOUN_WORDS)) return mentions;
  for (let index = sentence.firstToken + 2; index < sentence.lastToken - 2; index++) {
    if (!PERSON_PRONOUNS.has(doc.tokens[index]?.lemma ?? '') || doc.tokens[index + 1]?.lemma !== 'and' || covered(index)) continue;
    // The other side follows at once: "he and Chinese President Xi", "she and her Kenyan counterpart William Ruto".
    const partner = resolved.find((mention) => mention.first > index + 1 && mention.first <= index + 5 && mention.code !== undefined);
    const subject = resolved.find((mention) => mention.last < index && mention.code !== undefined && mention.placeId === undefined && !LOCATIVE.has(doc.tokens[mention.first - 1]?.lemma ?? ''));
    if (!partner || !subject || isBareCountry(subject.code) || subject.code === partner.code) continue;
    mentions.push(actorMention({ ...subject, first: index, last: index }));
  }
  return mentions;
}
