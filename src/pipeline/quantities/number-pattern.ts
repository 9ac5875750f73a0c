const numberWord = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)';
const scale = '(?:\\s?(?:thousand|million|billion|trillion)|(?:bn|mn|m|k))';
const numberSource = `(?:(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|half (?:a |an )?(?=(?:thousand|million|billion)\\b)|(?:a |one )?(?:half (?:a )?)?${numberWord}(?:[- ](?:and )?${numberWord})*)${scale}?`;
const currency = '(?:US\\$|C\\$|A\\$|\\$|£|€|¥|₩|₽|₹|USD |EUR |GBP )';
const approximation = '(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|at least|at most|no more than|not more than|up to|as many as|more than|over|upwards of|in excess of|less than|fewer than|under|between)';

/**
 * One scan finds number phrases with their approximation, currency, range end and percent sign:
 * "about $3 million", "3,000 to 5,000", "between 107% and 212%", "tens of thousands", "a dozen", "12.5%".
 */
export const quantityPattern = new RegExp(
  `(?<![\\w.,$£€¥₩₽₹/-])(?:(?<approx>${approximation})\\s)?(?<currency>${currency})?(?<number>${numberSource})` +
    `(?:(?:(?<percent1>\\s?(?:%|percent\\b|per cent\\b))(?<percentJoin>\\s?(?:-|–|to|and)\\s?)(?=(?:${numberSource})\\s?(?:%|percent\\b|per cent\\b))|\\s?(?:-|–|to|and)\\s?(?<currency2>${currency})?)(?<number2>${numberSource}))?` +
    `(?<percent>\\s?(?:%|percent\\b|per cent\\b))?(?![\\w:]|[.,]\\d)`,
  'gi',
);

/** Maps the written approximation to the model's vocabulary. */
export function approximationOf(word: string | undefined): 'about' | 'at-least' | 'at-most' | 'up-to' | 'more-than' | 'less-than' | undefined {
  const lower = (word ?? '').toLowerCase();
  if (!lower || lower === 'between') return undefined;
  if (lower === 'at least') return 'at-least';
  if (lower === 'at most' || lower === 'no more than' || lower === 'not more than') return 'at-most';
  if (lower === 'up to' || lower === 'as many as') return 'up-to';
  if (['more than', 'over', 'upwards of', 'in excess of'].includes(lower)) return 'more-than';
  if (['less than', 'fewer than', 'under'].includes(lower)) return 'less-than';
  return 'about';
}
