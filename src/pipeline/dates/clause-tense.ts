const futureMarkers = /\b(?:will|won't|shall|going to|plans? to|planning to|(?<!\b(?:had been|was|were) )(?:scheduled|expected to|expected (?=(?:in|on|by|before|within|later|next|early|late)\b)|due to|set to)|is to|are to|intends? to|upcoming|next|would|expects?|forecasts?|predicts?|anticipates?|hopes?|aims?)\b|'ll\b/gi;
const pastMarkers = /\b(?:was|were|had|did|said|told|met|went|came|took|gave|made|saw|began|held|left|won|lost|fell|rose|sent|spoke|wrote|struck|shot|paid|sold|bought|brought|closed|(?!(?:scheduled|expected|planned|proposed|unspecified|hundred|succeed|proceed|exceed|indeed)\b)[a-z]{3,}ed)\b/gi;

// A marker after the expression counts as twice as far: the verb that governs a time adverbial mostly comes before
// it ("will double its flights by August, in markets untouched by …").
const afterWeight = 2;

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Tense of the clause around an expression: the nearest tense marker in the sentence decides.
 * News reports past events, so with no marker the answer is past ("on Tuesday" = the Tuesday before).
 */
export function clauseTense(sentence: string, start: number, end: number): 'past' | 'future' {
  let bestDistance = Number.POSITIVE_INFINITY;
  let tense: 'past' | 'future' = 'past';
  for (const [pattern, kind] of [[futureMarkers, 'future'], [pastMarkers, 'past']] as const) {
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      const at = match.index;
      // "would be paid", "will be named": a participle after "be" is passive, not past.
      if (kind === 'past' && at >= 3 && sentence.slice(at - 3, at).toLowerCase() === 'be ' && !isWordCharacter(sentence.charCodeAt(at - 4))) continue;
      const distance = at >= end ? (at - end) * afterWeight : at + match[0].length <= start ? start - (at + match[0].length) : Number.POSITIVE_INFINITY;
      if (distance < bestDistance || (distance === bestDistance && kind === 'future')) {
        bestDistance = distance;
        tense = kind;
      }
    }
  }
  return tense;
}
