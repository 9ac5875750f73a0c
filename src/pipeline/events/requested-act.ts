import type { Token } from '../../model/token.ts';
import type { ActorGroup } from './actor-groups.ts';
import { groupAfter } from './group-after.ts';
import { DEMAND_NOUN_CODES, type MadeDemand } from './find-agents.ts';

/** Nouns of asking that, as "at the X of", say who asked for the act. */
const REQUEST_NOUNS = new Set(['request', 'behest', 'urging']);
// Far enough for "flew 300 police officers to the capital on Friday at the request of…", short of the next clause's act.
const REQUEST_REACH = 14;
const CLAUSE_ENDS = new Set([';', ':']);

/**
 * "Chad sent troops to Niger at the request of its junta", "At the behest of Kabul, Pakistan arrested…": an act done at
 * someone's request says that the request was made (020), by that actor of the one who acted; so does one done "despite
 * appeals from the UN" (020) or "despite demands by Washington" (100).
 */
export function requestedAct(tokens: readonly Token[], groups: readonly ActorGroup[], lastWord: number, sentence: { readonly firstToken: number; readonly lastToken: number }, subject: ActorGroup | undefined): MadeDemand | undefined {
  if (!subject) return undefined;
  const last = Math.min(sentence.lastToken, lastWord + REQUEST_REACH);
  for (let at = lastWord + 1; at <= last; at++) {
    if (CLAUSE_ENDS.has(tokens[at]?.text ?? '')) break;
    const maker = requestMaker(tokens, groups, at);
    if (maker) return maker !== subject ? { code: '020', maker, addressee: subject } : undefined;
    const defied = defiedRequest(tokens, groups, at);
    if (defied) return defied.maker !== subject ? { ...defied, addressee: subject } : undefined;
  }
  const opening = tokens[sentence.firstToken]?.lemma === 'at' ? requestMaker(tokens, groups, sentence.firstToken) : undefined;
  return opening && opening.last < subject.first ? { code: '020', maker: opening, addressee: subject } : undefined;
}

/** The actor after "at the request of" beginning at `at`. */
function requestMaker(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): ActorGroup | undefined {
  if (tokens[at]?.lemma !== 'at' || tokens[at + 1]?.lemma !== 'the' || !REQUEST_NOUNS.has(tokens[at + 2]?.lemma ?? '') || tokens[at + 3]?.lemma !== 'of') return undefined;
  return groupAfter(tokens, groups, at + 3, 3, true);
}

const MAKERS = new Set(['from', 'by']);

/** "despite (repeated) appeals from X", "despite calls by X": the request's code and maker. */
function defiedRequest(tokens: readonly Token[], groups: readonly ActorGroup[], at: number): { readonly code: string; readonly maker: ActorGroup } | undefined {
  if (tokens[at]?.lemma !== 'despite') return undefined;
  let index = at + 1;
  while (tokens[index]?.pos === 'ADJ') index++;
  const code = DEMAND_NOUN_CODES.get(tokens[index]?.lemma ?? '');
  if (!code || !MAKERS.has(tokens[index + 1]?.lemma ?? '')) return undefined;
  const maker = groupAfter(tokens, groups, index + 1, 3, true);
  return maker ? { code, maker } : undefined;
}
