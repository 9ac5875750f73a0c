/** Inflected reporting verbs (lower-case) → their base form: the verbs that introduce what someone says. */
export const reportingVerbs: ReadonlyMap<string, string> = new Map(
  [
    'say said says saying', 'tell told tells telling', 'confirm confirmed confirms confirming', 'deny denied denies denying',
    'warn warned warns warning', 'report reported reports', 'announce announced announces announcing',
    'state stated states', 'claim claimed claims claiming', 'add added adds', 'note noted notes', 'insist insisted insists',
    'allege alleged alleges', 'reveal revealed reveals', 'disclose disclosed discloses', 'acknowledge acknowledged acknowledges',
    'admit admitted admits', 'argue argued argues', 'assert asserted asserts', 'declare declared declares',
    'mention mentioned mentions', 'explain explained explains', 'stress stressed stresses', 'emphasise emphasised emphasises',
    'emphasize emphasized emphasizes', 'indicate indicated indicates', 'write wrote writes', 'tweet tweeted tweets',
    'post posted posts', 'quote quoted quotes', 'cite cited cites', 'suggest suggested suggests', 'predict predicted predicts',
    'estimate estimated estimates', 'dismiss dismissed dismisses', 'reject rejected rejects', 'refute refuted refutes',
    'accuse accused accuses', 'describe described describes', 'brief briefed briefs', 'inform informed informs',
    'signal signalled signaled signals', 'affirm affirmed affirms', 'contend contended contends', 'maintain maintained maintains',
    'reiterate reiterated reiterates', 'recall recalled recalls', 'hint hinted hints', 'boast boasted boasts',
    'complain complained complains', 'concede conceded concedes', 'caution cautioned cautions', 'vow vowed vows',
    'pledge pledged pledges', 'promise promised promises', 'threaten threatened threatens', 'urge urged urges',
  ].flatMap((line) => {
    const [base, ...forms] = line.split(' ');
    return [base ?? '', ...forms].map((form) => [form, base ?? ''] as const);
  }),
);

/** Verbs that report speech only when content follows at once ("added that…", "claimed:"), not "added 146,000 jobs". */
export const verbsNeedingContentCue: ReadonlySet<string> = new Set([
  'add', 'post', 'claim', 'state', 'note', 'estimate', 'maintain', 'signal', 'quote', 'cite', 'describe', 'inform', 'brief',
  'recall', 'indicate', 'predict', 'suggest', 'promise', 'pledge', 'vow', 'threaten', 'urge', 'accuse', 'reveal', 'disclose',
]);

/** Reporting verbs that deny what follows ("denied", "dismissed"): the claim is negated. */
export const negatingVerbs: ReadonlySet<string> = new Set(['deny', 'dismiss', 'reject', 'refute']);

/** Verbs taking the hearer as object before the content ("told TASS that…", "informed reporters…"). */
export const verbsWithHearer: ReadonlySet<string> = new Set(['tell', 'inform', 'brief', 'warn', 'urge', 'promise', 'accuse']);

/** Idioms that report speech ("spilled the beans to TASS", "went on record"), matched on lower-cased text. */
export const reportingIdioms: readonly RegExp[] = [
  /\bspill(?:s|ed|ing)? the beans\b/gi,
  /\b(?:went|go|goes|going) on (?:the )?record\b/gi,
  /\blet slip\b/gi,
];

/** A word each of `reportingIdioms` contains: a text without one of them holds no idiom (keep the two in step). */
export const reportingIdiomCue: RegExp = /beans|record|slip/i;

/** Frames with no named source, each reported as an unattributed, hedged claim. */
export const unattributedFrames: RegExp = /\b(?:(?:gossip|rumou?r|word|legend|talk) has it|it (?:is|was|has been) (?:reported|said|claimed|rumou?red|believed|alleged|understood)|(?:is|are|was|were) (?:said|reported|believed|thought|understood|rumou?red|alleged) to (?:be|have)|(?:reportedly|allegedly|purportedly|rumou?redly))\b/gi;
