import type { ActorDictionaryMatch } from '../../knowledge/actor-dictionary/match-actor-dictionary.ts';
import type { AnalyzedDocument } from '../../model/document.ts';
import { actorMention } from './actor-mention.ts';
import type { ActorMention } from './find-actor-mentions.ts';
import { isCommunityHeads } from './community-heads.ts';
import { isLanguageAdjective } from './language-adjective.ts';
import { isNamesakeOfPlace, opensFeatureName, opensLongerPlaceName, opensPersonName } from './namesake-of-place.ts';

const NO_MATCHES: readonly ActorDictionaryMatch[] = [];
const NO_MENTIONS: readonly ActorMention[] = [];
const NO_STARTS: ReadonlySet<number> = new Set();

/**
 * Which token belongs to which of a sentence's actors, and the agent nouns found beside them, as `findActorMentions`
 * collects them. One object per sentence whose tables are made only when something is claimed: most sentences name no
 * actor, and closures, a map and sets per sentence were a large share of the stage's allocations.
 */
export class MentionClaims {
  #owner: Map<number, ActorMention> | undefined;
  #agents: ActorDictionaryMatch[] | undefined;
  #shadowed: ActorMention[] | undefined;
  // PETRARCH's agent nouns compose as its coder does: stacked on any code, before it for `NGO~`, "former" making them ELI.
  #userAgents: Set<ActorDictionaryMatch> | undefined;
  // Where the user's own actor entries start: their codes are the user's word, so no place reading replaces them.
  #userStarts: Set<number> | undefined;

  /** The agent nouns taken, in the order found (none overlapping). */
  get agents(): readonly ActorDictionaryMatch[] {
    return this.#agents ?? NO_MATCHES;
  }

  /** Actor names a user agent noun took ("Congress" as PETRARCH's ~LEG): used if the agent finds no country to attach to. */
  get shadowed(): readonly ActorMention[] {
    return this.#shadowed ?? NO_MENTIONS;
  }

  isUserAgent(agent: ActorDictionaryMatch): boolean {
    return this.#userAgents?.has(agent) === true;
  }

  /** The tokens where the user's own actor entries start. */
  get userStarts(): ReadonlySet<number> {
    return this.#userStarts ?? NO_STARTS;
  }

  isOwned(index: number): boolean {
    return this.#owner?.has(index) === true;
  }

  /** The claimed mentions, each once, in the order first claimed (a fresh list: the caller sorts it). */
  mentions(): ActorMention[] {
    return this.#owner === undefined ? [] : [...new Set(this.#owner.values())];
  }

  /** Gives the mention its tokens unless another mention holds one of them. */
  claim(mention: ActorMention): void {
    const owner = (this.#owner ??= new Map());
    for (let index = mention.first; index <= mention.last; index++) if (owner.has(index)) return;
    for (let index = mention.first; index <= mention.last; index++) owner.set(index, mention);
  }

  // "the Pakistani Taliban": a longer name the dictionary knows is a group of its own, not the shorter one inside it.
  claimOver(mention: ActorMention): void {
    const owner = (this.#owner ??= new Map());
    const inside = new Set<ActorMention>();
    for (let index = mention.first; index <= mention.last; index++) {
      const owned = owner.get(index);
      if (owned) inside.add(owned);
    }
    if (![...inside].every((owned) => owned.first >= mention.first && owned.last <= mention.last && owned.last - owned.first < mention.last - mention.first)) return;
    for (let index = mention.first; index <= mention.last; index++) owner.set(index, mention);
  }

  /** Takes a dictionary's matches: agent nouns aside, actor names claimed (over shorter ones when `isOverStage`). */
  take(doc: AnalyzedDocument, matches: readonly ActorDictionaryMatch[], isUser = false, isOverStage = false): void {
    for (const match of matches) {
      const overlapsAgent = this.#agents?.some((agent) => agent.firstToken <= match.lastToken && match.firstToken <= agent.lastToken) === true;
      if (match.entry.kind === 'agent') {
        if (!overlapsAgent) (this.#agents ??= []).push(match);
        if (!overlapsAgent && isUser) (this.#userAgents ??= new Set()).add(match);
      } else if (isNamesakeOfPlace(doc.tokens, match) || opensLongerPlaceName(doc, match) || opensPersonName(doc, match) || opensFeatureName(doc.tokens, match) || isLanguageAdjective(doc.tokens, match.lastToken) || isCommunityHeads(doc.tokens, match)) {
        continue;
      } else if (match.code !== undefined || match.entry.kind !== 'actor' || match.entry.datedCodes.length === 0) {
        // A person whose dated roles all miss the date (Phoenix: Petraeus only as USAELI to 2000, USASPY 2011–12) is left to the other sources.
        // Office holders fall back on their country's elite (`VENELI`): the built-in dictionary's people.
        const isPerson = match.entry.kind === 'actor' && match.entry.code?.endsWith('ELI') === true;
        const mention = actorMention({ first: match.firstToken, last: match.lastToken, code: match.code, name: match.name, ...(isPerson ? { isPerson } : {}) });
        if (isUser) (this.#userStarts ??= new Set()).add(match.firstToken);
        if (overlapsAgent) (this.#shadowed ??= []).push(mention);
        else if (isOverStage && match.code !== undefined) this.claimOver(mention);
        else this.claim(mention);
      }
    }
  }
}
