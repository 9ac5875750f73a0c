/**
 * How an event of a CAMEO code reads in a plain sentence: past tense, base form, and the word before the target. The
 * preposition stays out of the verb phrase, so an event with no known target reads "signed an agreement", not "… with".
 */
export interface EventPhrase {
  readonly past: string;
  readonly base: string;
  /** Word between verb and target ("met Shoigu", "appealed to Shoigu"); empty for a direct object. */
  readonly preposition: string;
}

const phrase = (past: string, base: string, preposition = ''): EventPhrase => ({ past, base, preposition });

/** Base (three-digit) codes with their own wording; the root code's wording is the fallback. */
const BY_BASE: Readonly<Record<string, EventPhrase>> = {
  '036': phrase('offered to meet', 'offer to meet'),
  '040': phrase('met', 'meet'),
  '042': phrase('visited', 'visit'),
  '043': phrase('hosted', 'host'),
  '044': phrase('met', 'meet', 'with'),
  '045': phrase('mediated', 'mediate', 'with'),
  '046': phrase('held talks', 'hold talks', 'with'),
  '051': phrase('praised', 'praise'),
  '052': phrase('defended', 'defend'),
  '053': phrase('rallied support', 'rally support', 'for'),
  '054': phrase('recognised', 'recognise'),
  '055': phrase('apologised', 'apologise', 'to'),
  '056': phrase('forgave', 'forgive'),
  '057': phrase('signed an agreement', 'sign an agreement', 'with'),
  '061': phrase('cooperated economically', 'cooperate economically', 'with'),
  '062': phrase('cooperated militarily', 'cooperate militarily', 'with'),
  '071': phrase('gave economic aid', 'give economic aid', 'to'),
  '072': phrase('gave military aid', 'give military aid', 'to'),
  '073': phrase('gave humanitarian aid', 'give humanitarian aid', 'to'),
  '163': phrase('imposed sanctions', 'impose sanctions', 'on'),
  '173': phrase('arrested', 'arrest'),
  '190': phrase('fought', 'fight'),
};

const BY_ROOT: Readonly<Record<string, EventPhrase>> = {
  '01': phrase('made a statement', 'make a statement', 'about'),
  '02': phrase('appealed', 'appeal', 'to'),
  '03': phrase('pledged to cooperate', 'pledge to cooperate', 'with'),
  '04': phrase('met', 'meet'),
  '05': phrase('cooperated diplomatically', 'cooperate diplomatically', 'with'),
  '06': phrase('cooperated', 'cooperate', 'with'),
  '07': phrase('gave aid', 'give aid', 'to'),
  '08': phrase('made concessions', 'make concessions', 'to'),
  '09': phrase('investigated', 'investigate'),
  '10': phrase('made demands', 'make demands', 'of'),
  '11': phrase('criticised', 'criticise'),
  '12': phrase('rejected', 'reject'),
  '13': phrase('warned', 'warn'),
  '14': phrase('protested', 'protest', 'against'),
  '15': phrase('mobilised forces', 'mobilise forces', 'against'),
  '16': phrase('reduced relations', 'reduce relations', 'with'),
  '17': phrase('coerced', 'coerce'),
  '18': phrase('attacked', 'attack'),
  '19': phrase('fought', 'fight'),
  '20': phrase('used mass violence', 'use mass violence', 'against'),
};

/** The wording for a CAMEO code, from the most specific level known. */
export function eventPhraseFor(baseCode: string, rootCode: string): EventPhrase {
  return BY_BASE[baseCode] ?? BY_ROOT[rootCode] ?? phrase('acted towards', 'act towards');
}

/** Codes whose two directions state one fact ("A met B" is "B met A"), so a coder's pair collapses to one line. */
export function isSymmetricCode(rootCode: string): boolean {
  return rootCode === '03' || rootCode === '04' || rootCode === '05' || rootCode === '06' || rootCode === '19';
}

/** Whether the event moves people or goods, so counted personnel read as "sent N workers to…". */
export function isTransferCode(rootCode: string): boolean {
  return rootCode === '06' || rootCode === '07';
}
