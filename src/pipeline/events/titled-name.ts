import type { Token } from '../../model/token.ts';

/** "President Xi", "Prime Minister Carney": a capitalised title the tagger took for a noun, opening a name. */
export function isTitledName(tokens: readonly Token[], index: number): boolean {
  const title = tokens[index];
  if (title?.pos !== 'NOUN' || !startsUpper(title.text)) return false;
  const next = tokens[index + 1];
  return next?.pos === 'PROPN' || (next?.pos === 'NOUN' && startsUpper(next.text) && tokens[index + 2]?.pos === 'PROPN');
}

function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90;
}
