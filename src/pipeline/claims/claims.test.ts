import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../../model/actor.ts';
import { createAnalyzer } from '../analyzer.ts';
import { segment } from '../segment/segment.ts';
import type { Stage } from '../stage.ts';
import { dateline } from '../dateline/dateline.ts';
import { claims } from './claims.ts';
import { reportingIdiomCue, reportingIdioms } from '../../knowledge/claims/reporting-verbs.ts';

// A stand-in actors stage: one actor whose mention is the word "Ivanova" wherever it first appears.
const actors: Stage = {
  name: 'actors',
  needs: ['segment'],
  run(doc) {
    const at = doc.text.indexOf('Ivanova');
    const actor: Actor = { id: 'actor-ivanova', kind: 'person', name: 'Olga Ivanova', mentions: at < 0 ? [] : [{ start: at, end: at + 7 }], roles: [{ title: 'foreign minister' }] };
    return { actors: [actor] };
  },
};
const analyzer = await createAnalyzer({}, [segment, dateline, actors, claims]);

/** What each claim of a text says, in order. */
function content(text: string): string[] {
  const doc = analyzer.analyze(text, {});
  return doc.claims.map((claim) => doc.text.slice(claim.content.start, claim.content.end));
}

describe('claims stage', () => {
  it('links the speaker to the actor whose mention it covers and calls a minister an official', () => {
    const [claim] = analyzer.analyze('Foreign Minister Olga Ivanova said the border would reopen.', {}).claims;
    assert.equal(claim?.speakerActorId, 'actor-ivanova');
    assert.equal(claim?.sourceKind, 'official');
    assert.equal(claim?.verb, 'said');
  });

  it('marks a denial as negated and "did not confirm" as negated', () => {
    const doc = analyzer.analyze('The navy denied the report. The ministry did not confirm the figures.', {});
    assert.deepEqual(doc.claims.map((c) => c.isNegated), [true, true]);
  });

  it('reads emergency services as officials and armed groups as organisations, not as people', () => {
    const doc = analyzer.analyze('The fire brigade said the blaze was out. The rebels said they had taken the bridge.', {});
    assert.deepEqual(doc.claims.map((c) => c.sourceKind), ['official', 'organisation']);
  });

  it('reads state media and anonymous sources as such', () => {
    const doc = analyzer.analyze('State media said the plant was safe. Sources close to the talks said a deal was near.', {});
    assert.deepEqual(doc.claims.map((c) => c.sourceKind), ['state-media', 'anonymous']);
  });

  it("reports 'rumour has it' as an unattributed, hedged claim about the rest of the sentence", () => {
    const text = 'Rumour has it, the striker is leaving.';
    const [claim] = analyzer.analyze(text, {}).claims;
    assert.equal(claim?.sourceKind, 'unattributed');
    assert.equal(claim?.isHedged, true);
    assert.equal(text.slice(claim?.content.start, claim?.content.end), 'the striker is leaving');
  });

  it('does not call a claim hedged for naming May or a suspected gunman, but does for what the speaker only suspects', () => {
    const hedged = (text: string) => analyzer.analyze(text, {}).claims.map((claim) => claim.isHedged);
    assert.deepEqual(hedged('The mayor said two suspected gunmen were held after the vote in May.'), [false]);
    assert.deepEqual(hedged('The mayor said the fire may have been set, and the police said they suspected arson.'), [true, true]);
  });

  it('keeps the wire dateline out of what is said', () => {
    const doc = analyzer.analyze('OSLO, May 2 (Harbour Wire) - The ferry strike ended after talks, officials said.', {});
    const [claim] = doc.claims;
    assert.equal(doc.text.slice(claim?.content.start, claim?.content.end), 'The ferry strike ended after talks');
  });

  it('does not read "report back" or "wrote off" as someone reporting', () => {
    const doc = analyzer.analyze('The panel would report back within a month. The bank wrote off the loans.', {});
    assert.deepEqual(doc.claims, []);
  });

  it('takes a quotation before the speaker as what was said, and skips a short adverbial before "that"', () => {
    assert.deepEqual(content('"Nobody should wait weeks for a ferry," Ivanova told reporters after the talks.'), ['Nobody should wait weeks for a ferry']);
    assert.deepEqual(content('Ivanova told reporters after the talks that the ferries would run.'), ['the ferries would run']);
    assert.deepEqual(content('The agency said the memo that was leaked was false.'), ['the memo that was leaked was false']);
  });

  it('takes the clause before the speaker as what was said when only an adverbial follows the verb', () => {
    const doc = analyzer.analyze('Guards closed the northern crossing, a border official said on condition of anonymity.', {});
    const [claim] = doc.claims;
    assert.equal(doc.text.slice(claim?.content.start, claim?.content.end), 'Guards closed the northern crossing');
    assert.equal(claim?.sourceKind, 'anonymous');
  });

  it('leaves where and when something was said out of what was said', () => {
    assert.deepEqual(content('The ferry firm said in a statement on Friday it would add two boats.'), ['it would add two boats']);
    assert.deepEqual(content('Hail flattened the orchards, growers said by telephone.'), ['Hail flattened the orchards']);
  });

  it('leaves a time phrase that opens the sentence out of the speaker', () => {
    const doc = analyzer.analyze('On Wednesday the harbour master said the quay would reopen. Last week port officials said it was unsafe.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), ['the harbour master', 'port officials']);
  });

  it('skips a time phrase between the speaker and the verb, and a participle that the phrase hangs off', () => {
    const doc = analyzer.analyze('The harbour board on Tuesday rejected the plan. A survey published on Friday said trade had slowed.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), ['The harbour board', 'A survey']);
    assert.deepEqual(analyzer.analyze('The rebels left the town, residents reached by telephone said.', {}).claims.map((claim) => claim.speaker), ['residents']);
    assert.deepEqual(analyzer.analyze('Arden blamed Belmor for the blast, a charge Belmor rejected as absurd.', {}).claims.map((claim) => claim.speaker), ['Belmor']);
  });

  it('takes coordinated speakers whole, and the clause before them as what they said', () => {
    const doc = analyzer.analyze('The ferry sank off the cape, killing two crew, fishermen and coastguard officials said on Monday. The unions of Arden, Belmor and Corvia announced a strike.', {});
    assert.deepEqual(doc.claims.map((claim) => [claim.speaker, doc.text.slice(claim.content.start, claim.content.end)]), [
      ['fishermen and coastguard officials', 'The ferry sank off the cape, killing two crew'],
      ['The unions of Arden, Belmor and Corvia', 'a strike'],
    ]);
  });

  it('takes the clause before an attribution set off by commas as what was said, unless a subordinate phrase is all that precedes it', () => {
    assert.deepEqual(content('Floods cut off six villages, officials said Sunday, as rescuers struggled to reach them.'), ['Floods cut off six villages']);
    assert.deepEqual(content('In doing so, the mayor said, the city would save money.'), ['the city would save money']);
    assert.deepEqual(content('If the talks fail, the minister said, the strike will go on.'), ['the strike will go on']);
    assert.deepEqual(content('Between 40 and 70 farmers blocked the road, witnesses said, after the vote was delayed.'), ['Between 40 and 70 farmers blocked the road']);
    assert.deepEqual(content('After the vote, crowds gathered in the square, police said, before they dispersed.'), ['After the vote, crowds gathered in the square']);
    assert.deepEqual(content('Students marched to the square, which police said held about 107,000 people.'), ['held about 107,000 people']);
  });

  it('leaves "what" out of the speaker of a free relative ("citing what officials said were…")', () => {
    const doc = analyzer.analyze('The port was closed, citing what health officials said were high levels of lead.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), ['health officials']);
  });

  it('reads a quotation in single quotes before its speaker as what was said, and keeps its quote marks whole', () => {
    assert.deepEqual(content("'We will leave the bloc without delay,' the three juntas said in a statement on Sunday."), ["'We will leave the bloc without delay,'"]);
    assert.deepEqual(content("The council rejected 'in full' a ruling by the court."), ["'in full' a ruling by the court"]);
  });

  it('takes no object of a verb or a preposition as the speaker of an infinitive', () => {
    const doc = analyzer.analyze('The envoy flew into Lisbon on Friday to announce a truce. The council urged the ministry to explain the delay.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), []);
  });

  it('reads "it" alone as the speaker after a noun, and makes no claim of a frame that says nothing', () => {
    const doc = analyzer.analyze('The army released video footage it said showed the raid. The mayor tweeted Friday.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), ['it']);
  });

  it('keeps one speaker when the phrase before "and" is the object of another verb', () => {
    const doc = analyzer.analyze('Troops detained five sailors and officials said the port was shut.', {});
    assert.deepEqual(doc.claims.map((claim) => claim.speaker), ['officials']);
  });

  it('ends what a denial names where the speaker\'s next act begins, but not inside a that-clause', () => {
    assert.deepEqual(content('Arden rejected the port deal as void and recalled its ambassador.'), ['the port deal as void']);
    assert.deepEqual(content('Arden denied that its ships had rammed and sunk the trawler.'), ['its ships had rammed and sunk the trawler']);
  });

  it('reads a passive past a negation as no speaker ("were not disclosed")', () => {
    assert.deepEqual(content('Terms of the sale were not disclosed.'), []);
  });

  it('reads "is said to be" as an unattributed, hedged claim rather than a speaker', () => {
    const doc = analyzer.analyze('The ferry operator is said to be weighing a sale.', {});
    assert.deepEqual(doc.claims.map((claim) => [claim.speaker, claim.sourceKind, claim.isHedged]), [['is said to be', 'unattributed', true]]);
  });

  it('gives a second reporting verb after "and" the same speaker, and ends the first statement before it', () => {
    const doc = analyzer.analyze('The port authority denied closing the quay and said its cranes had failed.', {});
    assert.deepEqual(doc.claims.map((claim) => [claim.speaker, doc.text.slice(claim.content.start, claim.content.end)]), [
      ['The port authority', 'closing the quay'], ['The port authority', 'its cranes had failed'],
    ]);
  });

  it('does not take a time phrase after "warned" for the one warned', () => {
    const doc = analyzer.analyze('The relief agency warned last month that grain stocks had run out.', {});
    const [claim] = doc.claims;
    assert.equal(doc.text.slice(claim?.content.start, claim?.content.end), 'grain stocks had run out');
    assert.equal(claim?.sourceKind, 'organisation');
  });

  it('keeps the closing quotation mark of a quotation the content opens, and reads an aside that withholds a name', () => {
    const doc = analyzer.analyze('Two board members, speaking on condition of anonymity, said a merger was "all but certain".', {});
    const [claim] = doc.claims;
    assert.equal(doc.text.slice(claim?.content.start, claim?.content.end), 'a merger was "all but certain"');
    assert.equal(claim?.sourceKind, 'anonymous');
  });

  it('ends the hearer of "told" before the clause, but not at "that" after a preposition', () => {
    assert.deepEqual(content('Ivanova told a news conference in Oslo that ministers were not yet ready.'), ['ministers were not yet ready']);
    assert.deepEqual(content('Ivanova told the council at that meeting that the ferries would run.'), ['the ferries would run']);
  });

  it('links "she said" to the person who last spoke, and "it added" to the institution', () => {
    const doc = analyzer.analyze('Foreign Minister Olga Ivanova said the border would reopen. She said talks would resume. The port authority said the quay was shut. It added that ferries would run.', {});
    assert.deepEqual(doc.claims.map((claim) => [claim.speaker, claim.speakerActorId ?? null, claim.sourceKind]), [
      ['Foreign Minister Olga Ivanova', 'actor-ivanova', 'official'],
      ['She', 'actor-ivanova', 'official'],
      ['The port authority', null, 'official'],
      ['It', null, 'official'],
    ]);
  });

  it('ends what was said before a contrasting "while" clause, and finds a speaker whose title ends in "chief"', () => {
    const doc = analyzer.analyze("The bloc's trade chief said the tariff was unlawful, while the council urged calm. The levy, which critics say is unfair, passed.", {});
    assert.deepEqual(doc.claims.map((claim) => [claim.speaker, doc.text.slice(claim.content.start, claim.content.end)]), [
      ["The bloc's trade chief", 'the tariff was unlawful'],
      ['critics', 'is unfair'],
    ]);
  });

  it('finds a cue word in every reporting idiom, so the cheap cue test never skips a text holding one', () => {
    for (const idiom of reportingIdioms) assert.ok(reportingIdiomCue.test(idiom.source), idiom.source);
  });
});
