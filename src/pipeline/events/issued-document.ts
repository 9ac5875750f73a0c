import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { DOCUMENTS, isPassiveAt } from './clause-shape.ts';
import { subjectOf } from './find-subject.ts';
import { dayAfter } from './weekdays.ts';

// Texts a state or body issues whose content is its act: "a proclamation recognising…", "a decree ordering…".
const ISSUED = new Set([...DOCUMENTS, 'proclamation', 'decree', 'order', 'letter', 'communique', 'note']);
// Verbs by which the subject makes the text its own; a letter found or a report obtained is someone else's.
const ISSUING = new Set(['issue', 'sign', 'pass', 'adopt', 'publish', 'release', 'approve', 'send', 'deliver', 'unveil', 'submit', 'table', 'draft', 'present', 'write', 'enact']);
const NOUN_PHRASE_REACH = 4;

/**
 * "a decree banning…", "a statement on Monday urging…": where the text a participle tells the content of would stand, right
 * before it or before "on <day>", at `from` or later. The one locator of issued and signed texts.
 */
export function textBeforeParticiple(tokens: readonly Token[], participle: number, from: number): number {
  return participle - 3 >= from && dayAfter(tokens, participle - 3) === participle - 1 ? participle - 3 : participle - 1;
}

/**
 * "Rabat signed a decree on Tuesday granting…", "the assembly passed a motion censuring Chad", "Brazil issued a
 * statement urging Venezuela…": a participle right after a document (and its day) is the act of whoever issued it, the
 * subject of the verb the document is the object of.
 */
export function documentIssuer(tokens: readonly Token[], groups: readonly ActorGroup[], countryless: readonly ActorGroup[] | undefined, trigger: number, sentenceStart: number): ActorGroup | undefined {
  if (!tokens[trigger]?.text.endsWith('ing')) return undefined;
  const noun = textBeforeParticiple(tokens, trigger, sentenceStart + 1);
  if (!ISSUED.has(tokens[noun]?.lemma ?? '')) return undefined;
  for (let index = noun - 1; index >= Math.max(sentenceStart + 1, noun - NOUN_PHRASE_REACH); index--) {
    const token = tokens[index] as Token;
    if (token.pos === 'ADJ' || token.pos === 'NOUN' || token.pos === 'NUM') continue;
    const verb = index - 1;
    if (token.pos !== 'DET' || tokens[verb]?.pos !== 'VERB' || !ISSUING.has(tokens[verb]?.lemma ?? '') || isPassiveAt(tokens, verb)) return undefined;
    const issuer = subjectOf(tokens, groups, countryless, verb, sentenceStart, true);
    // "The cabinet approved a bill banning Russian media": an issuer whose country was only guessed from the sentence is not named.
    return issuer !== undefined && issuer.last < verb && issuer.members.some((member) => member.code !== undefined && member.isCountryless !== true) ? issuer : undefined;
  }
  return undefined;
}
