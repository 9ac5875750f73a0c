import type { Sentence, Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import type { SentenceEvent } from './code-sentence.ts';
import type { PatternIndex } from './event-pattern.ts';
import { reportingSpeaker } from './reporting-speaker.ts';
import { sentenceEventCode } from './sentence-event-code.ts';
import { builtinPatternOf } from './builtin-pattern-of.ts';
import { ABUSE_ROOTS } from './stance-code.ts';


/**
 * "Human Rights Watch said militiamen had beaten and robbed villagers": a rights group (an NGO) reporting abuses accuses
 * whoever committed them of human rights abuses (CAMEO 1122), besides the abuses themselves; so does a UN rights body,
 * and a reporter named after the act ("…, UN rights investigators said").
 */
export function rightsGroupReport(tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], events: readonly SentenceEvent[], patterns: PatternIndex): SentenceEvent[] {
  const accusations: SentenceEvent[] = [];
  for (const event of events) {
    const code = sentenceEventCode(event);
    if (!event.source?.code || !(ABUSE_ROOTS.has(code.slice(0, 2)) || code === '175')) continue;
    const speaker = reportingSpeaker(tokens, groups, event.trigger, sentence.firstToken)?.members[0] ?? trailingReporter(tokens, groups, event.lastWord, sentence.lastToken);
    if (!speaker || !isRightsReporter(tokens, speaker) || speaker.code === event.source.code) continue;
    if (accusations.some((made) => made.target?.code === event.source?.code)) continue;
    const pattern = builtinPatternOf(patterns, 'accuse', '1122');
    if (!pattern) return [];
    accusations.push({ pattern, rule: '1122:rights-group-report', trigger: event.trigger, lastWord: event.lastWord, source: speaker, target: event.source, modality: 'happened', isPassive: false });
  }
  return accusations;
}

const TRAILING_REPORTS = new Set(['say', 'said', 'says', 'report', 'reported', 'document', 'documented', 'find', 'found', 'allege', 'alleged']);

/**
 * "Militiamen burned dozens of homes near Gao, Human Rights Watch reported": the reporter named
 * after the act, set off by a comma and followed by its verb, or after "according to".
 */
function trailingReporter(tokens: readonly Token[], groups: readonly ActorGroup[], lastWord: number, end: number): ActorMention | undefined {
  // A list after the act ("near Gao, UN rights investigators said") may join place and reporter in one group.
  for (const member of groups.flatMap((group) => group.members)) {
    if (member.first <= lastWord || member.first > end) continue;
    const before = tokens.slice(Math.max(lastWord + 1, member.first - 3), member.first).map((token) => token.text.toLowerCase());
    // "…, residents and Amnesty International said": an attribution shared with others is a report of the act, no charge of the group's own.
    const isShared = before.lastIndexOf('and') > before.lastIndexOf(',') && before.includes(',');
    const isSetOff = (before.includes(',') && !isShared) || (before.includes('according') && before.includes('to'));
    const after = tokens.slice(member.last + 1, Math.min(end, member.last + 6) + 1).map((token) => token.text.toLowerCase());
    if (isSetOff && (before.includes('according') || after.some((word) => TRAILING_REPORTS.has(word)))) return member;
  }
  return undefined;
}

/** A rights group (`NGO`), or a UN rights body ("UN rights investigators", "the UN rights chief"). */
function isRightsReporter(tokens: readonly Token[], speaker: ActorMention): boolean {
  if (speaker.code?.startsWith('NGO')) return true;
  if (!speaker.code?.startsWith('IGOUNO')) return false;
  return tokens.slice(speaker.first, speaker.last + 4).some((token) => token.text.toLowerCase() === 'rights');
}
