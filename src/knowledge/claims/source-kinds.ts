/** News outlets the claims stage recognises by name; `isState` marks state-run media. Deliberately short. */
export const knownOutlets: ReadonlyMap<string, { readonly isState: boolean }> = new Map<string, { readonly isState: boolean }>([
  ...['kcna', 'korean central news agency', 'rodong sinmun', 'kctv', 'tass', 'ria novosti', 'ria', 'sputnik', 'rt', 'xinhua',
    'cctv', 'global times', "people's daily", 'irna', 'sana', 'wam', 'spa', 'vna', 'anadolu', 'press tv', 'channel one',
    'rossiya', 'state media', 'prensa latina'].map((name) => [name, { isState: true }] as const),
  ...['reuters', 'ap', 'associated press', 'afp', 'agence france-presse', 'bloomberg', 'bbc', 'cnn', 'al jazeera', 'yonhap',
    'nhk', 'kyodo', 'interfax', 'dpa', 'efe', 'ansa', 'the new york times', 'new york times', 'the washington post',
    'washington post', 'the guardian', 'wsj', 'ft', 'nyt', 'abc', 'nbc', 'cbs', 'npr', 'voa', 'dw', 'euronews', 'france 24', 'financial times', 'the wall street journal', 'wall street journal', 'nk news',
    'daily nk', 'kommersant', 'meduza', 'politico', 'axios', 'fox news', 'sky news', 'the times', 'le monde'].map((name) => [name, { isState: false }] as const),
]);

/** Speaker wording that marks state media ("state media", "state-run television", "state reports"). */
export const stateMediaWords: RegExp = /\bstate[- ](?:run |owned |controlled )?(?:media|television|tv|news(?: agency)?|broadcaster|reports?|outlets?|press|radio|newspaper|mouthpiece)\b|\bofficial (?:news agency|media|newspaper)\b/i;

/** Speaker wording for other media ("the newspaper", "a local broadcaster"). */
export const outletWords: RegExp = /\b(?:newspaper|news agency|news outlet|broadcaster|magazine|daily|television|radio|tabloid|website|wire service|outlet)s?\b/i;

/** Words in the names of newspapers and broadcasters ("the Sunday Telegraph", "Valley Ledger"); matched case-sensitively. */
export const outletNameWords: RegExp = /\b(?:Times|Telegraph|Post|Journal|Herald|Gazette|Tribune|News|Daily|Press|Radio|TV|Television|Broadcasting|Courier|Ledger|Chronicle|Observer|Independent|Mirror|Express|Standard|Guardian|Wire|Monitor|Examiner|Inquirer|Bulletin|Dispatch)\b/;

/** Speaker wording for sources without a name ("sources familiar with the talks", "a person close to"). */
export const anonymousWords: RegExp = /\b(?:sources?|insiders?|people familiar|person familiar|(?:familiar|close) (?:with|to)|who asked not to be (?:named|identified)|on condition of anonymity|unnamed|anonymous|not authori[sz]ed to)\b/i;

/** Speaker wording for officials and institutions of state. */
export const officialWords: RegExp = /\b(?:officials?|spokes(?:man|woman|person|people)|minist(?:er|ry|ries)|president|premier|prime minister|government|secretary|adviser|advisor|chief|general|commander|military|army|navy|police|authorit(?:y|ies)|department|embassy|ambassador|council|kremlin|white house|pentagon|foreign office|office|cabinet|governor|mayor|leader|lawmakers?|senator|parliament|regime|junta|envoy|diplomats?|prosecutors?|judges?|court|state|statistics (?:body|office|agency)|fire (?:brigade|service|department)s?|coast ?guards?|border guards?|civil defen[cs]e|emergency services|forces|troops|soldiers)\b/i;

/** Speaker wording for organisations that are not the state. */
export const organisationWords: RegExp = /\b(?:(?:group|organi[sz]ation|institute|union|association|ngo|firm|bank|party|committee|federation|corporation|foundation|programme|program|fund|council|institution|society|network|alliance|coalition|movement|bloc|commission|tribunal|front|rebel|guerrilla|militant|insurgent|militia|organi[sz]er)s?|compan(?:y|ies)|charit(?:y|ies)|agenc(?:y|ies)|inc|ltd|corp|un|nato|g7|g20|eu|who|iaea)\b/i;

/** Bare "reports" or "media reports": a source the writer does not name. */
export const unnamedReportWords: RegExp = /^(?:(?:some|several|many|local|media|press|news|unconfirmed|recent|other) )*(?:reports?|media|rumou?rs?|accounts)$/i;
