/** Words that weaken a claim: the speaker or writer does not vouch for it. */
export const hedgeWords: RegExp = /\b(?:reportedly|allegedly|purportedly|apparently|supposedly|rumou?red|rumou?rs?|gossip|unconfirmed|may|might|could|possibly|perhaps|likely|unlikely|probably|believed|suspected|appears?|seems?|seemingly|claimed|speculat\w*)\b/i;

/** Negation inside a reporting frame: "did not confirm", "declined to confirm", "would not say". */
export const frameNegation: RegExp = /\b(?:not|n't|never|declined to|refused to|no longer)\b|n't\b/i;
