/** Words that weaken a claim: the speaker or writer does not vouch for it. Test text with `isHedgedText`. */
const hedgeWords = /\b(?:reportedly|allegedly|purportedly|apparently|supposedly|rumou?red|rumou?rs?|gossip|unconfirmed|may|might|could|possibly|perhaps|likely|unlikely|probably|believed|suspected|appears?|seems?|seemingly|claimed|speculat\w*)\b/i;

// Uses of those words that weaken nothing: the month of May, and "suspected" before a person it labels ("two suspected
// militants", "the suspected gunman"): who someone is taken to be, while the claim itself is stated flatly. "The suspected
// bomb was a hoax" still doubts the bomb.
const notHedging = /\bMay\b|\bsuspected\s+(?=(?:militant|gunm[ae]n|rebel|attacker|killer|bomber|smuggler|member|leader|ringleader|jihadist|insurgent|thie(?:f|ves)|terrorist|criminal|pirate|spy|spies|kidnapper|trafficker|dealer|poacher|murderer|shooter|looter|rioter|fighter|separatist|extremist|hacker|drug)s?\b)/g;

/** True when `text` carries a hedge word used as one. */
export function isHedgedText(text: string): boolean {
  return hedgeWords.test(text.replace(notHedging, ' '));
}

/** Negation inside a reporting frame: "did not confirm", "declined to confirm", "would not say". */
export const frameNegation: RegExp = /\b(?:not|n't|never|declined to|refused to|no longer)\b|n't\b/i;
