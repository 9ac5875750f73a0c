/** Words that weaken a claim: the speaker or writer does not vouch for it. Test text with `isHedgedText`. */
export const hedgeWords: RegExp = /\b(?:reportedly|allegedly|purportedly|apparently|supposedly|rumou?red|rumou?rs?|gossip|unconfirmed|may|might|could|possibly|perhaps|likely|unlikely|probably|believed|suspected|appears?|seems?|seemingly|claimed|speculat\w*)\b/i;

// Uses of those words that weaken nothing: the month of May, and "suspected" naming who someone is taken to be ("two
// suspected militants", "the suspected gunman"), which labels a person; the claim itself is stated flatly.
const notHedging = /\bMay\b|(?:^|\b(?:the|a|an|of|by|with|on|against|as|and|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens of|hundreds of|\d+)\s+)(?:suspected|alleged)\s+(?!of\b|that\b|to\b)(?=[a-z])/g;

/** True when `text` carries a hedge word used as one. */
export function isHedgedText(text: string): boolean {
  return hedgeWords.test(text.replace(notHedging, ' '));
}

/** Negation inside a reporting frame: "did not confirm", "declined to confirm", "would not say". */
export const frameNegation: RegExp = /\b(?:not|n't|never|declined to|refused to|no longer)\b|n't\b/i;
