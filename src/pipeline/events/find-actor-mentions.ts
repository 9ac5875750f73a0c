import type { ActorDictionary } from '../../knowledge/actor-dictionary/actor-dictionary.ts';
import { matchActorDictionary, type ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import type { Sentence, Token } from '../../model/token.ts';
import { tokenForms } from '../token-forms.ts';
import { bareUnBodies } from './bare-un-bodies.ts';
import { withCounterparts } from './counterpart-mentions.ts';
import { withNamesakeRegions } from './country-of-namesake-region.ts';
import { countrylessSpeakerPronouns } from './reported-speaker-pronouns.ts';
import { documentMentions, inSentence, type DocumentMentions } from './document-mentions.ts';
import { titledNameOfCountry } from './titled-name-of-country.ts';
import { withTitlesOfPeople } from './titled-people.ts';
import { withBodiesOfPossessors } from './possessor-bodies.ts';
import { withOwnersOfPossessed } from './possessed-sides.ts';
import { withMembersOfGroups } from './group-member-names.ts';
import { COLLECTIVE_AGENTS } from '../../knowledge/actors/titles.ts';
import { withPlacesInNamedCountry } from './place-in-named-country.ts';
import { withCountriesOfAppositives } from './appositive-country.ts';
import { actorMention } from './actor-mention.ts';
import { MentionClaims } from './mention-claims.ts';
import { withEthnicKinCountryless } from './ethnic-kin.ts';
import { withCongressOfTheCountry } from './congress-of-the-country.ts';
import { withBranchesOfArmedGroups } from './armed-group-branch.ts';
import { withTheatresOfMovements } from './movement-theatre.ts';
import { titlesOfTheCountry } from './titles-of-the-country.ts';
import { countrylessAgents } from './countryless-agents.ts';
import { isLanguageAdjective } from './language-adjective.ts';
import { hasPlaceMention } from './has-place-mention.ts';
import { POSSESSIVE_MARKS } from './possessive-marks.ts';
import { STATE_SIDE_ROLES, isBareCountry } from './agent-roles.ts';
import { anaphoraMentions } from './anaphora-mentions.ts';
import { withSurnamesInOffice } from './surname-in-office.ts';
import { withoutWesternThings } from './western-thing.ts';

/** An actor named in a sentence, as a token range with its CAMEO code (country + agent composed). Made by `actorMention`. */
export interface ActorMention {
  readonly first: number;
  readonly last: number;
  readonly code: string | undefined;
  readonly actorId?: string | undefined;
  readonly name: string;
  /** The country code an agent was attached to, so "Danish media and government" both get DNK. */
  readonly country?: string | undefined;
  /** Set when the mention is a place standing for its country ("in the Kursk region"). */
  readonly placeId?: string | undefined;
  /** Set when the actors stage knows the mention as a person: "him" or "her" can stand for it. */
  readonly isPerson?: boolean | undefined;
  /** A pronoun standing for the speaker of the reporting verb before it ("X said he…"): a subject, never that verb's object. */
  readonly isSpeakerPronoun?: boolean | undefined;
  /** The code before the latest agent noun was added ("Danish Islamist media" → DNKMUS), so a joined noun shares it ("and government" → DNKMUSGOV). */
  readonly agentBase?: string | undefined;
  /** An agent noun with no country in its own phrase ("Insurgents", "rebels"): PETRARCH's `---REB`; only a fallback for an empty slot. */
  readonly isCountryless?: boolean | undefined;
  /** A titled person no knowledge places ("opposition figure Jawar Mohammed" → `---OPP`): dropped if the sentence gives no country. */
  readonly isUnplacedPerson?: boolean | undefined;
  /** "ethnic Albanians": the country a people's name comes from, theirs only when the sentence places them nowhere else. */
  readonly kinCountry?: string | undefined;
}

const JOINERS = new Set(["'s", '’s', "'", 'the']);
const AGENT_LINKS = new Set(['of', 'from', 'in']);
const FOREIGN_PEOPLE = new Set(['foreign', 'expatriate', 'expat', 'overseas', 'international']);
const AND_LINKS = new Set([',', 'and', 'the']);

/**
 * Collects the sentence's actors: user dictionaries first, then the actors stage, then the built-in fallback
 * (countries, demonyms, capitals, IGOs); agent nouns next to a country add its role ("Russian troops" → RUSMIL).
 */
export function findActorMentions(
  doc: AnalyzedDocument,
  sentence: Sentence,
  dictionaries: { readonly user?: ActorDictionary; readonly builtin: ActorDictionary; readonly userHasAgents?: boolean },
  date: string | undefined,
  context: DiscourseContext = { previous: [] },
  known: DocumentMentions = documentMentions(doc),
): ActorMention[] {
  const { lower, id: ids, isUsualLemma } = tokenForms(doc.tokens);
  const range = date ? { from: sentence.firstToken, to: sentence.lastToken, lower, ids, isUsualLemma, date } : { from: sentence.firstToken, to: sentence.lastToken, lower, ids, isUsualLemma };
  const claims = new MentionClaims();
  if (dictionaries.user) claims.take(doc, matchActorDictionary(dictionaries.user, doc.tokens, range), true);
  const fromStage = inSentence(known.actors, sentence).filter((mention) => !isLanguageAdjective(doc.tokens, mention.last));
  for (const mention of fromStage) if (mention.code) claims.claim(mention);
  // A user dictionary with its own agent nouns (PETRARCH's) defines the roles alone; built-in agents would add others.
  const userHasAgents = dictionaries.userHasAgents === true;
  const builtinMatches = matchActorDictionary(dictionaries.builtin, doc.tokens, range);
  claims.take(doc, userHasAgents ? builtinMatches.filter((match) => match.entry.kind === 'actor') : builtinMatches, false, !userHasAgents);
  if (!dictionaries.user) for (const mention of bareUnBodies(doc.tokens, sentence)) claims.claim(mention);
  for (const mention of fromStage) if (!mention.code) claims.claim(mention);
  const mentions = byFirst(claims.mentions());
  const unowned = claims.agents.filter((agent) => !claims.isOwned(agent.firstToken)).sort((a, b) => a.firstToken - b.firstToken);
  const ofTheCountry = userHasAgents ? undefined : titlesOfTheCountry(doc.tokens, mentions, unowned);
  const free = ofTheCountry ? unowned.filter((agent) => !ofTheCountry.used.has(agent)) : unowned;
  const base = ofTheCountry ? byFirst([...mentions, ...ofTheCountry.mentions]) : mentions;
  // With no actor and no agent noun there is nothing to compose, nor any token covered: the common case makes no tables.
  const composed = base.length === 0 && free.length === 0 ? [] : composeAgents(doc, base, free, claims);
  const coveredIndices = composed.length === 0 && claims.shadowed.length === 0 ? undefined : coverShadowed(composed, claims.shadowed);
  const covered = coveredIndices === undefined ? isNothingCovered : (index: number): boolean => coveredIndices.has(index);
  const sentencePlaces = inSentence(known.places, sentence);
  const places = sentencePlaces.filter((mention) => !covered(mention.first) && !covered(mention.last));
  const resolved = [...withNamesakeRegions(doc, composed, sentencePlaces, claims.userStarts), ...places, ...anaphoraMentions(doc, sentence, free, covered, context, composed, sentencePlaces)];
  const titled = withTitlesOfPeople(doc.tokens, resolved, free);
  const untitled = free.filter((agent) => !titled.used.has(agent));
  const unnamed = countrylessAgents(doc, untitled, titled.mentions);
  const withUnnamed = [...titled.mentions, ...unnamed];
  const found = byFirst([...withUnnamed, ...countrylessSpeakerPronouns(doc, sentence, unnamed, withUnnamed)]);
  // A sentence with no actor (many) skips the rewriters: each rewrites the mentions it is given and makes none from none.
  if (found.length === 0) return found;
  const rewritten = MENTION_REWRITERS.reduce((mentions, rewrite) => rewrite(doc.tokens, mentions), found);
  return withSurnamesInOffice(doc.tokens, rewritten, sentence.firstToken, sentence.lastToken, date);
}

/**
 * Adds the names user agent nouns took (`shadowed`) where no composed mention covers them, in place (an uncoded mention
 * of the same words gives way), and keeps `composed` in order; returns the tokens the mentions then cover.
 */
function coverShadowed(composed: ActorMention[], shadowed: readonly ActorMention[]): Set<number> {
  const coveredIndices = new Set<number>();
  for (const mention of composed) for (let index = mention.first; index <= mention.last; index++) coveredIndices.add(index);
  for (const mention of shadowed) {
    const uncoded = composed.findIndex((other) => other.code === undefined && other.first === mention.first && other.last === mention.last);
    if (uncoded >= 0) composed.splice(uncoded, 1);
    else if (mention.code === undefined || coveredIndices.has(mention.first) || coveredIndices.has(mention.last)) continue;
    composed.push(mention);
    for (let index = mention.first; index <= mention.last; index++) coveredIndices.add(index);
  }
  byFirst(composed);
  return coveredIndices;
}

function isNothingCovered(): boolean {
  return false;
}

/** The rewriters of a sentence's mentions, in the order they run: each reads what the ones before it made; none makes a mention from none. */
export const MENTION_REWRITERS: readonly ((tokens: readonly Token[], mentions: ActorMention[]) => ActorMention[])[] = [
  withCounterparts, withBodiesOfPossessors, withMembersOfGroups, withOwnersOfPossessed, withEthnicKinCountryless, withPlacesInNamedCountry, withCongressOfTheCountry, withBranchesOfArmedGroups, withCountriesOfAppositives, withTheatresOfMovements, withoutWesternThings,
];

/** What earlier sentences leave for this one: their actors (for "these troops", "they") and the last place named. */
export interface DiscourseContext {
  readonly previous: readonly ActorMention[];
  /** The person a sentence-initial "he"/"she" most likely stands for: the first person named in the latest sentence naming one. */
  readonly salientPerson?: ActorMention;
  /** What a sentence-initial "they"/"it" most likely stands for: the first actor, not a person, of the latest sentence naming one. */
  readonly salientGroup?: ActorMention;
  readonly lastPlace?: { readonly id: string; readonly country: string };
  /** Source of the latest coded event: "these troops" after "X will send workers" are X's. */
  readonly lastEventSource?: ActorMention;
}

/** Attaches agent nouns to the country beside them: "Chile's government", "soldiers from Peru", "Russian President". */
function composeAgents(doc: AnalyzedDocument, mentions: readonly ActorMention[], agents: readonly ActorDictionaryMatch[], claims: MentionClaims): ActorMention[] {
  let result = [...mentions];
  for (const agent of agents) {
    const isUser = claims.isUserAgent(agent);
    const placement = agent.entry.kind === 'agent' && isUser ? agent.entry.placement : 'after';
    const before = findLast(result, (mention) => mention.last < agent.firstToken && gapIsModifiers(doc, mention.last + 1, agent.firstToken - 1));
    // "Arnor former security officials", "former Gondor prosecutors": PETRARCH codes former office holders as elites.
    const agentCode = isUser && (isFormer(doc, agent.firstToken) || (before !== undefined && isFormer(doc, before.first))) ? 'ELI' : agent.code ?? '';
    const canTake = (mention: ActorMention): boolean => canTakeAgent(mention) || (isUser && mention.code !== undefined && mention.code.length > 3 && !mention.code.endsWith(agentCode) && (mention.agentBase !== undefined || !isOrganisationCode(mention.code)));
    if (before && canTake(before)) {
      // "U.S. bombers": a noun that names a country's own forces ("bombers" as aircraft) takes that role after a country.
      const ownCode = isUser ? undefined : COLLECTIVE_AGENTS[agent.name.toLowerCase()];
      result = replace(result, before, withAgent(before, ownCode ?? agentCode, agent, placement));
      const partner = findLast(result, (mention) => mention.last < before.first && isAndLink(doc, mention.last + 1, before.first - 1));
      if (partner && canTake(partner)) result = replace(result, partner, withAgent(partner, agentCode, undefined, placement));
      continue;
    }
    // "MSF Arnor": a PETRARCH agent noun right before the actor it qualifies.
    const following = isUser ? result.find((mention) => mention.first === agent.lastToken + 1) : undefined;
    if (following && canTake(following)) {
      result = replace(result, following, withAgent(following, agentCode, agent, placement));
      continue;
    }
    // "Hamas leaders in Doha", "Taliban commanders": the people of a group that has its role already are that group's.
    if (before && before.last === agent.firstToken - 1 && (before.code?.length ?? 0) > 3 && doc.tokens[agent.lastToken]?.pos === 'NOUN') {
      result = replace(result, before, actorMention({ ...before, last: agent.lastToken, name: `${before.name} ${agent.name}` }));
      continue;
    }
    const chained = findLast(result, (mention) => mention.last < agent.firstToken && mention.country !== undefined && isAndLink(doc, mention.last + 1, agent.firstToken - 1));
    if (chained?.country) {
      const base = isUser ? chained.agentBase ?? chained.country : chained.country;
      result = [...result, actorMention({ first: agent.firstToken, last: agent.lastToken, code: base + agentCode, country: chained.country, name: agent.name })];
      continue;
    }
    const titled = isUser ? undefined : titledNameOfCountry(doc.tokens, result, agent);
    if (titled) {
      result = replace(result, titled.country, withAgent(titled.country, agentCode, agent, placement)).filter((mention) => mention !== titled.name);
      continue;
    }
    if (!AGENT_LINKS.has(doc.tokens[agent.lastToken + 1]?.lemma ?? '')) continue;
    // "sailors in the Chilean navy", "soldiers from Peru".
    // "exiles from junta-led Guinea"; after "in" a place ("farmers in northern Chad") is where, not whose.
    const link = doc.tokens[agent.lastToken + 1]?.lemma;
    const start = link === 'in' ? (doc.tokens[agent.lastToken + 2]?.lemma === 'the' ? agent.lastToken + 3 : agent.lastToken + 2) : pastModifiers(doc, agent.lastToken + 2);
    let next = result.find((mention) => mention.first === start || mention.first === agent.lastToken + 2);
    // "students in Moscow" are where they are, not Moscow's (PETRARCH: ---EDU); a state's own police or troops there are its.
    if (link === 'in' && next && !STATE_SIDE_ROLES.has(agentCode) && isCityAt(doc, next.first)) continue;
    // "expatriate engineers in Chad", "international monitors in Mali": people called foreign are not of the place they are in.
    if (link === 'in' && [1, 2].some((back) => FOREIGN_PEOPLE.has(doc.tokens[agent.firstToken - back]?.lemma ?? ''))) continue;
    // "Lawmakers and officials in Fornost": a PETRARCH agent noun joined to this one shares its country.
    const partners = isUser ? agents.filter((other) => other !== agent && !result.some((mention) => mention.first <= other.firstToken && other.firstToken <= mention.last) && other.lastToken + 2 === agent.firstToken && AND_LINKS.has(doc.tokens[agent.firstToken - 1]?.lemma ?? '')) : [];
    let isFirst = true;
    while (next) {
      const current: ActorMention = next;
      if (canTake(current)) {
        const composed = withAgent(current, agentCode, isFirst ? agent : undefined, placement);
        result = [...replace(result, current, composed), ...partners.map((other) => actorMention({ ...composed, code: withAgent(current, other.code ?? '', undefined, placement).code, name: `${other.name} ${current.name}` }))];
      }
      // "sailors in the Chilean navy": the agent belongs to an actor that already has its role.
      else if (isFirst && (current.code?.length ?? 0) > 3) result = replace(result, current, actorMention({ ...current, first: agent.firstToken, name: `${agent.name} ${current.name}` }));
      isFirst = false;
      next = result.find((mention) => mention.first > current.last && isAndLink(doc, current.last + 1, mention.first - 1));
    }
  }
  return shareHead(doc, mergeAdjacent(byFirst(result)));
}

/** A city starts at this token ("Hong Kong" as a region of China still names its own actor). */
function isCityAt(doc: AnalyzedDocument, first: number): boolean {
  const start = doc.tokens[first]?.span.start;
  return hasPlaceMention(doc, (span, place) => place.precision === 'city' && span.start === start);
}

/** "Armenian and Azerbaijani troops": a bare country before "and" shares the role of the noun after its partner. */
function shareHead(doc: AnalyzedDocument, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.map((mention, index) => {
    const next = mentions[index + 1];
    if (!next || !isBareCountry(mention.code) || next.code?.length !== 6 || mention.last !== mention.first) return mention;
    if (doc.tokens[mention.last + 1]?.lemma !== 'and' || next.first !== mention.last + 2 || next.last === next.first) return mention;
    return actorMention({ ...mention, code: mention.code + next.code.slice(3), country: mention.code });
  });
}

/** "exiles from junta-led Guinea": articles, adjectives and hyphenated modifiers before the country. */
function pastModifiers(doc: AnalyzedDocument, from: number): number {
  let index = from;
  while (index < from + 4) {
    const token = doc.tokens[index];
    const isHyphenated = token?.text === '-' || doc.tokens[index + 1]?.text === '-' || doc.tokens[index - 1]?.text === '-';
    if (!token || !(token.lemma === 'the' || token.pos === 'ADJ' || isHyphenated)) break;
    index++;
  }
  return index;
}

function canTakeAgent(mention: ActorMention): boolean {
  return isBareCountry(mention.code);
}

/**
 * An organisation's or armed group's own code (IGOUNO, NGAREB): an agent noun after its name ("UN troops", "Taliban
 * fighters") names its members, coded as the group itself; a state's coded role (GMWGOV) still takes one.
 */
function isOrganisationCode(code: string): boolean {
  return /^(IGO|IMG|NGO|NGM)/.test(code) || /REB|UAF|INS/.test(code.slice(3));
}

function isFormer(doc: AnalyzedDocument, first: number): boolean {
  return doc.tokens[first - 1]?.text.toLowerCase() === 'former';
}

function withAgent(mention: ActorMention, agentCode: string, agent: ActorDictionaryMatch | undefined, placement: 'before' | 'after'): ActorMention {
  const code = mention.code ?? '';
  return actorMention({
    first: agent ? Math.min(mention.first, agent.firstToken) : mention.first,
    last: agent ? Math.max(mention.last, agent.lastToken) : mention.last,
    code: placement === 'before' ? agentCode + code : code + agentCode,
    country: mention.country ?? code,
    agentBase: code,
    name: agent ? `${mention.name} ${agent.name}` : mention.name,
  });
}

/** "Prime Minister Ana Sousa", "Russia's President Putin": touching mentions are one actor with the fuller code. */
function mergeAdjacent(mentions: readonly ActorMention[]): ActorMention[] {
  const merged: ActorMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    if (previous && previous.last + 1 === mention.first) {
      const fuller = (mention.code?.length ?? 0) >= (previous.code?.length ?? 0) ? mention : previous;
      // The head of an English noun phrase comes last ("North Korean leader Kim"): its actor is the one meant.
      const actorId = mention.actorId ?? previous.actorId;
      merged[merged.length - 1] = actorMention({ ...fuller, first: previous.first, last: mention.last, name: `${previous.name} ${mention.name}`, ...(actorId ? { actorId } : {}) });
    } else {
      merged.push(mention);
    }
  }
  return merged;
}

function replace(list: readonly ActorMention[], old: ActorMention, next: ActorMention): ActorMention[] {
  return list.map((mention) => (mention === old ? next : mention));
}

function findLast(list: readonly ActorMention[], test: (mention: ActorMention) => boolean): ActorMention | undefined {
  for (let index = list.length - 1; index >= 0; index--) {
    const mention = list[index];
    if (mention && test(mention)) return mention;
  }
  return undefined;
}

function isAndLink(doc: AnalyzedDocument, from: number, to: number): boolean {
  if (to < from || to - from > 2) return false;
  for (let index = from; index <= to; index++) if (!AND_LINKS.has(doc.tokens[index]?.lemma ?? '')) return false;
  return true;
}

function gapIsModifiers(doc: AnalyzedDocument, from: number, to: number): boolean {
  // "Ithilen's awful and evil minister": after a possessive, joined adjectives still modify the agent.
  if (to - from > 2) return to - from <= 4 && POSSESSIVE_MARKS.has(doc.tokens[from]?.text ?? '') && doc.tokens.slice(from + 1, to + 1).every((token) => token.pos === 'ADJ' || token.lemma === 'and' || token.text === ',');
  for (let index = from; index <= to; index++) {
    const token = doc.tokens[index];
    if (!token) return false;
    if (!JOINERS.has(token.lemma) && token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return false;
  }
  return true;
}

/**
 * Sorts mentions by their first token in place, as `sort` would (it is stable), skipping the sort when they already
 * are in order, as they mostly are: each sort copied the list, several times per sentence.
 */
function byFirst(mentions: ActorMention[]): ActorMention[] {
  for (let i = 1; i < mentions.length; i++) {
    if ((mentions[i] as ActorMention).first < (mentions[i - 1] as ActorMention).first) return mentions.sort((a, b) => a.first - b.first);
  }
  return mentions;
}
