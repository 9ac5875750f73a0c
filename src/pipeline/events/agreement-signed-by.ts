import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { CompiledPattern, PatternIndex } from './event-pattern.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { sentenceWords } from './sentence-words.ts';
import { AGREEMENT_NOUNS } from './agreement-nouns.ts';
import type { ImpliedRuleEntry } from './implied-rule.ts';

// Not "brokered" or "mediated by": whoever brokers a deal is no party to it.
const SIGNINGS = new Set(['signed', 'reached', 'inked', 'concluded', 'sealed']);
const AGREEMENT_WORDS = sentenceWords(AGREEMENT_NOUNS);
const SIGNING_WORDS = sentenceWords(SIGNINGS);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'has', 'have', 'had']);
const STOPS = new Set([',', ';', '.', ':', '"']);
// "by the presidents of Sudan and South Sudan": the parties may follow the heads who signed for them.
const SIGNERS_OF = new Set(['the', 'president', 'presidents', 'leader', 'leaders', 'head', 'heads', 'government', 'governments', 'representative', 'representatives', 'of', 'their', 'two']);

/**
 * "The deal, signed on Thursday by Sudan and South Sudan, …", "an accord reached by Putin and Erdogan": an agreement
 * named first and signed in the passive binds the actors after "by" to each other (057 both ways), as "A and B signed
 * a deal" would. Only between two or more coded actors, so a contract signed by one firm codes nothing.
 */
function agreementSignedBy(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  for (let index = sentence.firstToken; index < sentence.lastToken; index++) {
    if (!AGREEMENT_NOUNS.has(tokens[index]?.lemma ?? '')) continue;
    const verb = signingAfter(tokens, index);
    if (verb === undefined) continue;
    const by = byAfter(tokens, verb, sentence.lastToken);
    if (by === undefined) continue;
    let first = by + 1;
    while (first <= by + 5 && SIGNERS_OF.has(tokens[first]?.lemma ?? '')) first++;
    // A title may itself open the group's first mention ("the presidents of Sudan" coded as one actor).
    const parties = groups.find((group) => group.first > by && group.first <= first);
    const members = parties?.members.filter((member) => member.code !== undefined && !member.code.startsWith('---')) ?? [];
    if (members.length < 2 || members.length !== parties?.members.length) continue;
    if (events.some((event) => sentenceEventCode(event).startsWith('057'))) return [];
    const pattern = signingPattern(patterns);
    if (!pattern) return [];
    const pairs: SentenceEvent[] = [];
    for (const source of members) {
      for (const target of members) {
        if (source === target || source.code === target.code) continue;
        pairs.push({ pattern, rule: '057:agreement-signed-by', trigger: verb, lastWord: verb, source, target, modality: 'happened', isPassive: true });
      }
    }
    return pairs;
  }
  return [];
}

/** "deal, signed", "agreement was signed", "accord reached": the signing participle right after the noun. */
function signingAfter(tokens: readonly Token[], noun: number): number | undefined {
  let index = noun + 1;
  if (tokens[index]?.text === ',') index++;
  while (PASSIVE_AUXILIARIES.has(tokens[index]?.lemma ?? '') || PASSIVE_AUXILIARIES.has(tokens[index]?.text.toLowerCase() ?? '')) index++;
  return SIGNINGS.has(tokens[index]?.text.toLowerCase() ?? '') ? index : undefined;
}

/** The "by" of the participle's agent, before the phrase closes ("signed in Accra on Monday by"). */
function byAfter(tokens: readonly Token[], verb: number, last: number): number | undefined {
  for (let index = verb + 1; index <= Math.min(last, verb + 10); index++) {
    const token = tokens[index];
    if (!token || STOPS.has(token.text) || token.pos === 'VERB') return undefined;
    if (token.lemma === 'by') return index;
  }
  return undefined;
}

const signingPatterns = new WeakMap<PatternIndex, CompiledPattern | null>();

/** The built-in "sign … agreement" pattern (057) of an index, looked up once per index. */
function signingPattern(patterns: PatternIndex): CompiledPattern | undefined {
  let pattern = signingPatterns.get(patterns);
  if (pattern === undefined) {
    pattern = patterns.get('sign')?.find((candidate) => candidate.isBuiltin === true && candidate.code === '057') ?? null;
    signingPatterns.set(patterns, pattern);
  }
  return pattern ?? undefined;
}

/** `agreementSignedBy`, called only on a sentence with its anchor words. */
export const agreementSignedByRule: ImpliedRuleEntry = { imply: agreementSignedBy, needsEvents: false, anchors: [AGREEMENT_WORDS, SIGNING_WORDS] };
