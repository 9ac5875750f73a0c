/** One entry of the topic taxonomy: the slug users see, the IPTC Media Topic it stands for, and a label. */
export interface TaxonomyEntry {
  readonly slug: string;
  /** IPTC Media Topic code (top level); absent for the catch-all. */
  readonly iptc?: string;
  readonly label: string;
}

/** The 17 IPTC Media Topics top level under news-site slugs, plus general-news, the catch-all for hard news. */
export const TAXONOMY: readonly TaxonomyEntry[] = [
  { slug: 'arts-culture-entertainment', iptc: 'medtop:01000000', label: 'arts, culture, entertainment and media' },
  { slug: 'crime-law-justice', iptc: 'medtop:02000000', label: 'crime, law and justice' },
  { slug: 'disaster-accident', iptc: 'medtop:03000000', label: 'disaster, accident and emergency incident' },
  { slug: 'business', iptc: 'medtop:04000000', label: 'economy, business and finance' },
  { slug: 'education', iptc: 'medtop:05000000', label: 'education' },
  { slug: 'environment', iptc: 'medtop:06000000', label: 'environment' },
  { slug: 'health', iptc: 'medtop:07000000', label: 'health' },
  { slug: 'human-interest', iptc: 'medtop:08000000', label: 'human interest' },
  { slug: 'labour', iptc: 'medtop:09000000', label: 'labour' },
  { slug: 'lifestyle-leisure', iptc: 'medtop:10000000', label: 'lifestyle and leisure' },
  { slug: 'politics', iptc: 'medtop:11000000', label: 'politics' },
  { slug: 'religion', iptc: 'medtop:12000000', label: 'religion' },
  { slug: 'technology', iptc: 'medtop:13000000', label: 'science and technology' },
  { slug: 'society', iptc: 'medtop:14000000', label: 'society' },
  { slug: 'sports', iptc: 'medtop:15000000', label: 'sport' },
  { slug: 'war-and-conflicts', iptc: 'medtop:16000000', label: 'conflict, war and peace' },
  { slug: 'weather', iptc: 'medtop:17000000', label: 'weather' },
  { slug: 'general-news', label: 'general news' },
];

/** The IPTC code of a slug, or undefined for the catch-all and unknown (custom) labels. */
export function iptcCodeOf(slug: string): string | undefined {
  return TAXONOMY.find((entry) => entry.slug === slug)?.iptc;
}
