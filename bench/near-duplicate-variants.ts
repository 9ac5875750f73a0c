// Realistic near-duplicate variants of a news article, for measuring duplicate detection at scale: re-publications
// with edits, syndicated copies with other bylines, headlines and boilerplate, truncations, reordered paragraphs.
// The bylines and boilerplate below are invented for this project.

/** One way a copy of an article can differ from it. */
export type VariantKind =
  | 'light-edits'
  | 'syndicated'
  | 'new-headline'
  | 'truncated'
  | 'reordered'
  | 'updated'
  | 'combined';

export const variantKinds: readonly VariantKind[] = ['light-edits', 'syndicated', 'new-headline', 'truncated', 'reordered', 'updated', 'combined'];

/** A headline and body, as an outlet would publish them. */
export interface PublishedText {
  readonly title: string;
  readonly body: string;
}

const BYLINES = [
  'By Marta Keller, Northwire correspondent',
  'From our staff reporter in the newsroom',
  'Harbour Press Agency',
  'By Tomas Reyes and Ana Lind | Published 09:14',
  'Staff and agencies',
];
const FOOTERS = [
  'Copyright Northwire Syndication. All rights reserved. This material may not be republished without permission.',
  'Follow us for more news from the region. Sign up to our morning newsletter for the day\'s top stories.',
  'Share this article: email, print, comment. Related topics: business, economy, markets.',
  'This story was supplied by a partner agency and has been edited for length and style.',
  'Have your say: write to the letters desk. Advertisement. Continue reading the main story.',
];
const HEADLINE_PREFIXES = ['UPDATE:', 'Latest:', 'Analysis:', 'Breaking:', 'In brief:'];
const SWAPS: Readonly<Record<string, string>> = {
  said: 'stated', says: 'states', big: 'large', rise: 'increase', fell: 'dropped', rose: 'climbed', plans: 'proposals',
  firm: 'company', also: 'as well', but: 'however', about: 'around', show: 'indicate', shows: 'indicates', new: 'fresh',
  help: 'assist', told: 'informed', government: 'administration', year: 'twelve months', people: 'individuals',
};

/** A seeded pseudo-random source, so generated sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const paragraphsOf = (body: string) => body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const sentencesOf = (paragraph: string) => paragraph.match(/[^.!?]+[.!?]+["']?\s*|[^.!?]+$/g)?.map((s) => s.trim()) ?? [paragraph];

/** Replaces a few words with near-synonyms and drops a sentence or two, as a copy-editor would. */
function lightlyEdit(paragraphs: string[], random: () => number): string[] {
  const edited = paragraphs.map((p) => p.replace(/\b[a-z]+\b/g, (word) => (SWAPS[word] !== undefined && random() < 0.5 ? SWAPS[word] : word)));
  const drops = 1 + Math.floor(random() * 2);
  for (let i = 0; i < drops && edited.length > 3; i++) {
    const at = 1 + Math.floor(random() * (edited.length - 1));
    const sentences = sentencesOf(edited[at] ?? '');
    if (sentences.length > 1) {
      sentences.splice(Math.floor(random() * sentences.length), 1);
      edited[at] = sentences.join(' ');
    } else edited.splice(at, 1);
  }
  return edited;
}

function otherHeadline(title: string, random: () => number): string {
  return random() < 0.5 ? `${pick(HEADLINE_PREFIXES, random)} ${title}` : title.split(' ').slice(0, Math.max(3, Math.ceil(title.split(' ').length * 0.6))).join(' ');
}

/**
 * Makes a variant of an article. `donor` supplies paragraphs for an update (a follow-up paragraph from another
 * article on the same topic, as a live story grows).
 */
export function makeVariant(original: PublishedText, kind: VariantKind, random: () => number, donor?: PublishedText): PublishedText {
  const paragraphs = paragraphsOf(original.body);
  switch (kind) {
    case 'light-edits':
      return { title: original.title, body: lightlyEdit(paragraphs, random).join('\n\n') };
    case 'syndicated':
      return {
        title: random() < 0.5 ? original.title : otherHeadline(original.title, random),
        body: [pick(BYLINES, random), ...paragraphs, pick(FOOTERS, random), ...(random() < 0.5 ? [pick(FOOTERS, random)] : [])].join('\n\n'),
      };
    case 'new-headline':
      return { title: otherHeadline(original.title, random), body: original.body };
    case 'truncated': {
      const keep = Math.max(2, Math.ceil(paragraphs.length * (0.45 + random() * 0.3)));
      return { title: original.title, body: paragraphs.slice(0, keep).join('\n\n') };
    }
    case 'reordered': {
      const [lead, ...rest] = paragraphs;
      rest.sort(() => random() - 0.5);
      return { title: original.title, body: [lead ?? '', ...rest].join('\n\n') };
    }
    case 'updated': {
      // A live story grows by a paragraph or so of news, not by half another article.
      const budget = original.body.split(/\s+/).length * 0.3;
      const added = donor ? paragraphsOf(donor.body).slice(1).filter((p) => p.split(/\s+/).length <= budget).slice(0, 1) : [];
      const edited = lightlyEdit(paragraphs, random);
      edited.splice(1, 0, ...added);
      return { title: otherHeadline(original.title, random), body: edited.join('\n\n') };
    }
    case 'combined': {
      const truncated = paragraphs.slice(0, Math.max(3, Math.ceil(paragraphs.length * 0.7)));
      return {
        title: otherHeadline(original.title, random),
        body: [pick(BYLINES, random), ...lightlyEdit(truncated, random), pick(FOOTERS, random)].join('\n\n'),
      };
    }
  }
}
