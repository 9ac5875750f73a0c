/** `groupAfter`, the object slot of a trigger, and what counts as no gap before the group: a description, modifiers, a group's places or goods. */

import type { Token } from '../../model/token.ts';
import { hasClauseBreak, POSSESSIVES, type ActorGroup } from './actor-groups.ts';

/**
 * The object slot: the first group after `from`, close enough and in the same clause. After a preposition
 * (`isPrepositional`) only modifiers may come between (`onlyModifiers`: "with the two Koreas", "on hideouts of", "on steel
 * imports from").
 */
export function groupAfter(tokens: readonly Token[], groups: readonly ActorGroup[], from: number, maxGap: number, isPrepositional = false): ActorGroup | undefined {
  for (const group of groups) {
    if (group.first <= from) continue;
    if (group.first - from - heldPlaceOfLength(tokens, from + 1) - descriptionLength(tokens, group.first - 1) > maxGap || hasClauseBreak(tokens, from + 1, group.first - 1, true)) return undefined;
    if (isPrepositional && !onlyModifiers(tokens, from + 1, group.first - 1)) return undefined;
    return group;
  }
  return undefined;
}

/** "camps of", "the positions of", "imports from": the words of a group's place or goods before it, which do not count as a gap. */
function heldPlaceOfLength(tokens: readonly Token[], at: number): number {
  const start = tokens[at]?.pos === 'DET' ? at + 1 : at;
  if (HELD_PLACES.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.lemma === 'of') return start + 2 - at;
  const from = tradeFromAt(tokens, start);
  return from === undefined ? 0 : from + 1 - at;
}

/**
 * "tariffs on imports from Brazil", "a levy on steel and aluminium imports from Vietnam": a trade is aimed at the country
 * its goods come from. The index of that "from", past what the goods are (lower-case nouns and adjectives, "and").
 */
function tradeFromAt(tokens: readonly Token[], at: number): number | undefined {
  let goods = at;
  while (goods < at + GOODS_KIND_REACH && TRADED_GOODS_KIND_TAGS.has(tokens[goods]?.pos ?? '') && /^\p{Ll}/u.test(tokens[goods]?.text ?? '') && !TRADED_GOODS.has(tokens[goods]?.lemma ?? '')) goods++;
  return TRADED_GOODS.has(tokens[goods]?.lemma ?? '') && tokens[goods + 1]?.lemma === 'from' ? goods + 1 : undefined;
}

const GOODS_KIND_REACH = 4;
const TRADED_GOODS_KIND_TAGS = new Set(['NOUN', 'ADJ', 'CCONJ']);

const TRADED_GOODS = new Set(['import', 'good', 'product', 'export', 'shipment']);

const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

const HELD_PLACES = new Set(['camp', 'base', 'position', 'hideout', 'stronghold', 'headquarters', 'checkpoint', 'post', 'compound']);

/** Determiners, adjectives, numbers, possessives, participles and capitalised titles ("with President Ana Sousa"). */
function onlyModifiers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    // "at riot police", "to border guards": a noun right before the actor is compounded with it.
    if (index === to && token?.pos === 'NOUN' && tokens[index + 1]?.pos === 'NOUN') continue;
    // "air strikes on hideouts of the Islamic Movement": a group's places stand for the group after "of"; so do a country's goods after "from".
    const held = heldPlaceOfLength(tokens, index);
    if (held > 0 && index + held - 1 <= to) {
      index += held - 1;
      continue;
    }
    // "with former ruler Portugal", "with neighbour Somalia": a description right before a name is that actor's.
    if (token?.pos === 'NOUN' && isDescriptionOfName(tokens, index, to)) return true;
    // "with exiled dissidents": a participle before the noun modifies it.
    const isParticiple = token?.pos === 'VERB' && /ed$/.test(token.text);
    if (!MODIFIER_TAGS.has(token?.pos ?? '') && !isParticiple && !POSSESSIVES.has(token?.lemma ?? '') && !(token?.pos === 'NOUN' && /^\p{Lu}/u.test(token.text))) return false;
  }
  return true;
}

const DESCRIPTION_REACH = 3;

/** How many words of a lower-case description stand right before a name ending at `to` ("former colonial power France": 2). */
function descriptionLength(tokens: readonly Token[], to: number): number {
  let from = to;
  while (from > to - DESCRIPTION_REACH && isDescriptionOfName(tokens, from - 1, to)) from--;
  return isDescriptionOfName(tokens, from, to) ? to - from + 1 : 0;
}

/** Lower-case nouns and adjectives from `from` up to a proper name right after `to`. */
function isDescriptionOfName(tokens: readonly Token[], from: number, to: number): boolean {
  // "fellow Spaniard Garcia-Lopez": a person of the same nation, not the nation.
  if (tokens[to + 1]?.pos !== 'PROPN' || tokens[to]?.pos !== 'NOUN' || tokens[to]?.lemma === 'fellow') return false;
  for (let index = from; index <= to; index++) {
    const token = tokens[index];
    if (!token || (token.pos !== 'NOUN' && token.pos !== 'ADJ') || !/^\p{Ll}/u.test(token.text)) return false;
  }
  return true;
}
