import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../analyzer.ts';
import { scratchDirectory } from '../../../test/support/scratch-directory.ts';

// Invented TABARI dictionaries in PETRARCH's formats: made-up realms and codes, no real dictionary text.
const verbs = `&COIN
+GUILDERS
+SILVER_MARKS

--- DONATE [070] ---
DONATE
- * &COIN [071]
- * NEW_SHIPS [072]
- + SHYLY * GRAIN $ [073]
- * BLANKETS [---]

--- PARLEY [030] ---
PARLEY
- % * [036:036]
- * FEAST AT ^ WITH + [037]

--- SEIZE [171] ---
SEIZE
RING_+FENCE {RING_+FENCED RING_+FENCING}
- * FOR REPAIRS [074]
`;

const actors = `VESPERA_ [VSP]
TORVALE_ [TRV]
KESTRIA_ [KST]
THE_MARCHES [MRA/MRB]
KURSK [KRS]
`;

const agents = `MINISTER [~GOV]
SAILOR [~NAV]
GUILD {} [BUS~]
`;

async function codings(text: string, builtinPatterns = true): Promise<string[]> {
  const folder = scratchDirectory('tidings-petrarch-');
  const write = (name: string, body: string): string => {
    writeFileSync(join(folder, name), body);
    return join(folder, name);
  };
  const analyzer = await createAnalyzer({ actorFiles: [write('t.actors.txt', actors), write('t.agents.txt', agents)], patternFiles: [write('t.verbs.txt', verbs)], builtinPatterns });
  const doc = analyzer.analyze(text, { published: '2020-05-01' });
  return doc.events.filter((event) => event.sourceCode && event.targetCode).map((event) => `${event.code} ${event.sourceCode}>${event.targetCode}`).sort();
}

describe('PETRARCH dictionaries', () => {
  it("codes a user's row with the code it gives: the built-in rows' CAMEO refinements stay out", async () => {
    // CAMEO's 171 taken with a country right after would be the built-in rows' 192 (occupying territory).
    assert.deepEqual(await codings('Vespera seized Torvale.'), ['171 VSP>TRV']);
  });

  it('keeps the code of a user\'s actor whose name is also a region of some country', async () => {
    assert.deepEqual(await codings('Vespera will donate new ships to Kursk.'), ['072 VSP>KRS']);
  });

  it('codes with the suite\'s verbs alone when the built-in patterns are left out', async () => {
    assert.deepEqual(await codings('Vespera praised Torvale.'), ['051 VSP>TRV']);
    assert.deepEqual(await codings('Vespera praised Torvale.', false), []);
    assert.deepEqual(await codings('Vespera will donate new ships to Torvale.', false), ['072 VSP>TRV']);
  });

  it('takes a synset member of several words only where all its words stand', async () => {
    assert.deepEqual(await codings('Vespera will donate a thousand silver marks to Torvale.'), ['071 VSP>TRV']);
    assert.deepEqual(await codings('Vespera will donate a thousand silver coins to Torvale.'), ['070 VSP>TRV']);
  });

  it('needs words joined by an underscore to stand next to each other', async () => {
    assert.deepEqual(await codings('Vespera will donate new ships to Torvale.'), ['072 VSP>TRV']);
    assert.deepEqual(await codings('Vespera will donate new cargo ships to Torvale.'), ['070 VSP>TRV']);
  });

  it('puts the target where + stands and the source where $ stands, whatever the voice', async () => {
    assert.deepEqual(await codings('Torvale shyly donated grain from Vespera.'), ['073 VSP>TRV']);
  });

  it('passes one actor over for ^ and takes the one after WITH as the target', async () => {
    assert.deepEqual(await codings('Vespera parleyed over a feast at Kestria with Torvale.'), ['037 VSP>TRV']);
  });

  it('codes a % pattern both ways between the members of a compound subject, and not for a lone one', async () => {
    assert.deepEqual(await codings('Vespera and Torvale parleyed on Monday.'), ['036 TRV>VSP', '036 VSP>TRV']);
    assert.deepEqual(await codings('Vespera parleyed with Torvale on Monday.'), ['030 VSP>TRV']);
  });

  it('codes an actor with two codes as two actors', async () => {
    assert.deepEqual(await codings('The Marches will donate new ships to Torvale.'), ['072 MRA>TRV', '072 MRB>TRV']);
  });

  it('triggers a multi-word verb on its marked word with the others next to it', async () => {
    assert.deepEqual(await codings('Vespera ring fenced the harbour of Torvale for repairs.'), ['074 VSP>TRV']);
  });

  it('stacks agent nouns, puts a prefix agent first, and makes a former office holder an elite', async () => {
    assert.deepEqual(await codings('A guild Vespera sailor will donate new ships to Torvale.'), ['072 BUSVSPNAV>TRV']);
    assert.deepEqual(await codings('Vespera former ministers will donate new ships to Torvale.'), ['072 VSPELI>TRV']);
  });

  it('codes nothing where a pattern coded [---] matches', async () => {
    assert.deepEqual(await codings('Vespera will donate blankets to Torvale.'), []);
  });

  it('gives the country after "of" to each of two joined agent nouns', async () => {
    assert.deepEqual(await codings('Ministers and sailors of Vespera will donate new ships to Torvale.'), ['072 VSPGOV>TRV', '072 VSPNAV>TRV']);
  });

  it('forms no plural of an agent noun listed with {}', async () => {
    assert.deepEqual(await codings('Vespera guild will donate new ships to Torvale.'), ['072 BUSVSP>TRV']);
    assert.deepEqual(await codings('Vespera guilds will donate new ships to Torvale.'), ['072 VSP>TRV']);
  });
});
