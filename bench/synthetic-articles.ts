import type { RawArticle } from '../src/ingest/raw-article.ts';

// Invented names and words only: the corpus must look like news without borrowing anyone's text.
const PLACES = ['Orlen', 'Castra', 'Velm', 'Tesk', 'Ardel', 'Rennick', 'Haldor', 'Mirel', 'Quessa', 'Brannock', 'Sovetz', 'Pallamar'];
const ACTORS = ['the harbour board', 'Minister Ilse Kora', 'the Norland army', 'President Taro Venn', 'the water authority',
  'the miners union', 'Governor Paula Estrin', 'the central bank', 'rebel commanders', 'the foreign ministry'];
const VERBS = ['met', 'accused', 'warned', 'praised', 'sued', 'visited', 'criticised', 'thanked', 'threatened', 'called on'];
const TOPICS = ['grain exports', 'the copper mine', 'a border dispute', 'fuel prices', 'the railway strike', 'flood defences',
  'a ceasefire plan', 'teacher salaries', 'the new airport', 'fishing quotas', 'a cyber attack', 'vaccine supplies'];
const SOURCES = ['Example Wire', 'Harbour Courier', 'Valley Ledger', 'Night Gazette', 'Coastal Post'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

/** A deterministic, varied synthetic news article number `i` (100–200 words), for load, crash and search benchmarks. */
export function syntheticArticle(i: number): RawArticle {
  const h = (i * 2654435761) >>> 0;
  const place = pick(PLACES, h);
  const actor = pick(ACTORS, h >>> 4);
  const other = pick(ACTORS, (h >>> 8) + 1);
  const topic = pick(TOPICS, h >>> 12);
  const day = pick(DAYS, h >>> 16);
  const count = 100 + (h % 9000);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const date = `2025-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const sentences = [
    `${capital(actor)} ${pick(VERBS, h >>> 20)} ${other} in ${place} on ${day} over ${topic}, officials said.`,
    `About ${count} people gathered outside the offices as talks went on late into the evening.`,
    `According to a spokesperson, ${other} will respond to the proposal on ${topic} next week.`,
    `Local reporters in ${place} counted ${1 + (h % 40)} vehicles at the scene, and the roads were closed for hours.`,
    `Critics said the plan for ${topic} would cost ${5 + (h % 300)} million crowns and help few residents.`,
    `${capital(other)} denied any wrongdoing and said the claims were politically motivated.`,
    `Article ${i} ends with a note that further meetings are planned in ${pick(PLACES, h >>> 3)} later this month.`,
  ];
  return {
    text: sentences.join(' '),
    title: `${capital(actor)} and ${other} at odds over ${topic} in ${place} (${i})`,
    url: `https://synthetic.example.test/articles/${i}`,
    source: pick(SOURCES, i),
    published: date,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
