import type { RegisterSpanKind } from '../../model/register.ts';

/**
 * Phrases that mark an article's register, written by the project. Each entry is a case-insensitive regular
 * expression fragment matched on word boundaries; `\s+` between words is implied by a plain space, and `'`
 * matches both straight and curly apostrophes. Verb entries list their inflections.
 */
export const REGISTER_LEXICONS: Readonly<Record<Exclude<RegisterSpanKind, 'clickbait'>, readonly string[]>> = {
  slang: [
    'chinwag', 'natter', 'chit-?chat', 'big cheese', 'top dog', 'big shots?', 'bigwigs?', 'head honchos?', 'honchos?',
    'the duo', 'the pair of them', 'lowdown', 'low-?down', 'scoop', 'pronto', 'yup', 'yep', 'nope', 'get this', 'yeah', 'wow', 'whoa',
    'oh boy', 'oh', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'y\'all', 'folks', 'guys', 'buddy', 'buddies', 'pals?',
    'mates?', 'cops?', 'dough', 'bucks', 'quid', 'grand(?= in)', 'loads of', 'tons of', 'a bunch of', 'bunch of',
    'stuff', 'cool', 'awesome', 'super(?= \\w+)', 'totally', 'legit', 'sketchy', 'dodgy', 'shady', 'bonkers', 'nuts',
    'freaked out', 'freak out', 'chill(ed)? out', 'hang(ing)? out', 'hook(ed)? up', 'mess(ed)? up', 'screw(ed)? up',
    'blow(ing)? up', 'kick(ed|ing)? off', 'amp(ed|ing)? up', 'beef(ed|ing)? up', 'ditch(ed|es|ing)?', 'nab(bed|s|bing)?',
    'snag(ged|s|ging)?', 'grab(bed|s|bing)?', 'zap(ped|s|ping)?', 'whopping', 'hefty', 'bigwig', 'fat cats?', 'spooks?',
    'shindig', 'bash', 'get-?together', 'sit-?down', 'powwow', 'confab', 'hush-hush', 'tight-?lipped',
  ],
  idiom: [
    'spill(s|ed|ing)? the beans', 'spilling the tea', 'can of worms', 'raised? eyebrows', 'raising eyebrows',
    'rais(e|es|ed|ing) (red )?flags', 'red flags?', 'take(s|n)? center stage', 'taking cent(er|re) stage',
    'cent(er|re) stage', 'here\'s the kicker', 'the kicker', 'here\'s the thing', 'here\'s the deal', 'grab some popcorn',
    'grab(bing)? (some|the) popcorn', 'pass the popcorn', 'in a nutshell', 'long story short', 'merry-go-round',
    'a helping hand', 'helping hand', 'lend(s|ing)? a hand', 'up in the air', 'on the same page', 'the elephant in the room',
    'tip of the iceberg', 'a storm in a teacup', 'stir(s|red|ring)? the pot', 'rock(s|ed|ing)? the boat', 'hit(s|ting)? the fan',
    'go(es|ing)? down the drain', 'back to square one', 'the ball is in', 'ball in (their|his|her) court',
    'pull(s|ed|ing)? the plug', 'bit(e|es|ing) the bullet', 'threw in the towel', 'throw(s|ing)? in the towel',
    'cross(es|ed|ing)? the line', 'walk(s|ed|ing)? a tightrope', 'play(s|ed|ing)? with fire', 'add(s|ed|ing)? fuel to the fire',
    'turn(s|ed|ing)? up the heat', 'feel(s|ing)? the heat', 'in hot water', 'on thin ice', 'cold feet',
    'the last straw', 'a slap on the wrist', 'under the radar', 'behind closed doors', 'off the record', 'make(s)? waves',
    'making waves', 'call(s|ed|ing)? the shots', 'in the driving seat', 'bark(s|ed|ing)? up the wrong tree',
    'the writing on the wall', 'at loggerheads', 'a bone of contention', 'buried the hatchet', 'bury the hatchet',
    'cherry on top', 'icing on the cake', 'the whole nine yards', 'let the cat out of the bag', 'a game changer',
    'game-?changer', 'put(s|ting)? a halt to', 'put(s|ting)? the brakes on', 'you read that right', 'believe it or not',
    'let\'s (dive|delve) (in|deeper)', 'delve deeper', 'dig deeper', 'buckle up', 'stay tuned', 'there\'s more',
    'but wait', 'moving on', 'fast forward', 'cut to the chase', 'the bottom line', 'at the end of the day',
    'paint(s|ed|ing)? a picture', 'painting a picture', 'shake(s|n)? up', 'shook up', 'a wake-?up call', 'in the same boat',
    'word on the street', 'hold (your|their|our) horses', 'not too shabby', 'hash(es|ed|ing)? out', 'roll(s|ed|ing)? out the red carpet',
    'back to the drawing board', 'a tall order', 'no love lost', 'what\'s the scoop', 'the plot thickens', 'jump(s|ed|ing)? the gun',
  ],
  hedge: [
    'gossip has it', 'rumou?r has it', 'word has it', 'legend has it', 'the story goes', 'apparently', 'reportedly',
    'allegedly', 'purportedly', 'supposedly', 'seemingly', 'ostensibly', 'it (is|was) (said|reported|claimed|alleged|believed|understood|thought)',
    'is (said|thought|believed|understood|rumou?red) to', 'are (said|thought|believed|understood|rumou?red) to',
    'according to (unconfirmed |some |media |local |press )?reports', 'according to sources', 'sources (say|said|suggest)',
    'people familiar with', 'unnamed sources?', 'unconfirmed reports?', 'it appears', 'it seems', 'appears to', 'seems to',
    'may have', 'might have', 'could have', 'possibly', 'perhaps', 'probably', 'likely', 'unclear', 'rumou?rs?',
    'speculation', 'speculat(e|es|ed|ing)', 'claims? that', 'so-called', 'in theory', 'as far as (we|anyone) know',
  ],
  editorial: [
    'clearly', 'obviously', 'of course', 'undoubtedly', 'without (a )?doubt', 'needless to say', 'make no mistake',
    'let\'s be honest', 'frankly', 'to be fair', 'sadly', 'unfortunately', 'fortunately', 'thankfully', 'ironically',
    'shockingly', 'tellingly', 'disgraceful', 'shameful', 'outrageous', 'absurd', 'ridiculous', 'laughable', 'pathetic',
    'reckless', 'brazen', 'blatant', 'a clear violation', 'clear violation', 'should be ashamed', 'must be stopped',
    'it is time (for|to)', 'it\'s time (for|to)', 'we (must|should|need to)', 'i think', 'i believe', 'in my view',
    'in our view', 'the truth is', 'the real question', 'let\'s face it', 'mind you', 'heroic', 'villain(ous)?',
    'regime(?= of)', 'cronies', 'puppet', 'so-called', 
  ],
  sensational: [
    'shock(ing)?', 'stunning', 'stunned', 'bombshell', 'explosive', 'dramatic', 'dramatically', 'horror', 'horrific',
    'terrifying', 'chilling', 'jaw-?dropping', 'mind-?blowing', 'unbelievable', 'incredible', 'sensational',
    'slam(s|med)?', 'blast(s|ed)? (?=the |at )', 'rips? into', 'tore into', 'lashes out', 'meltdown', 'chaos',
    'carnage', 'frenzy', 'fury', 'furious', 'outrage', 'scandal', 'sizzling', 'epic', 'massive', 'huge', 'unleash(es|ed|ing)?',
    'mayhem', 'nightmare', 'catastrophic', 'devastating', 'skyrocket(s|ed|ing)?', 'plummet(s|ed|ing)?', 'all-out',
    'showdown', 'war of words', 'blood-?curdling', 'sinister', 'secret plot', 'exposed', 'revealed',
  ],
};

/** Headline patterns that withhold the point to earn a click ("You won't believe…", "7 things…", "…here's why"). */
export const CLICKBAIT_PATTERNS: readonly string[] = [
  'you won\'t believe', 'you will never guess', 'what happened next', 'what happens next', 'here\'s why', 'here is why',
  'here\'s what', 'here\'s how', 'this is why', 'the reason (why )?will', 'will (shock|surprise|amaze) you',
  '^\\d+ (things|reasons|ways|facts|signs|times|secrets)', 'everything you need to know', 'need to know',
  'the truth about', 'the real reason', 'one weird trick', 'jaw-?dropping', 'mind-?blowing', 'can\'t stop',
  'broke the internet', 'goes viral', 'is (shaking|breaking) the internet', 'wait (until|till) you see',
  'nobody (is talking|expected)', 'before it\'s too late', 'find out', 'revealed[:!]?$', 'the internet is', '\\?!',
  'omg', '!{2,}',
];
