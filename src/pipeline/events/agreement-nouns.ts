/**
 * The nouns of a deal between sides, one list for every reader of agreements: what is signed ("initialled the accord"),
 * breached, brokered, or has terms that have not happened yet ("a pact under which…").
 */
export const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'accord', 'deal', 'treaty', 'pact', 'ceasefire', 'truce', 'protocol']);

/** What a mediator brokers: deals, and the settlements, swaps and plans they make; the parties to it are the ones who acted under it. */
export const BROKERED_NOUNS: ReadonlySet<string> = new Set([...AGREEMENT_NOUNS, 'settlement', 'swap', 'exchange', 'plan']);
