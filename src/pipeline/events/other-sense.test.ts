import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createAnalyzer, type Analyzer } from '../analyzer.ts';

let analyzer: Analyzer;

before(async () => {
  // These tests pin the rules' reading; the event filter has its own tests (event-filter.test.ts).
  analyzer = await createAnalyzer({ learnedTriggers: false, eventFilter: false });
});

function codes(text: string): readonly string[] {
  return analyzer.analyze(text, { published: '2025-03-12' }).events.map((event) => event.code);
}

function assertCodes(text: string, expected: string): void {
  assert.ok(codes(text).includes(expected), `${text}: ${codes(text).join(', ') || 'no events'}`);
}

describe('verbs in another sense', () => {
  it("reads a disaster's comma participle as the disaster's toll, not a blow by the place between", () => {
    assert.deepEqual(codes('A strong earthquake shook the highlands of northern Chile on Tuesday, killing at least nine people.'), []);
    assertCodes('Rebels attacked the town of Orla after the floods, killing nine soldiers.', '190');
    assertCodes('Missiles from Vell struck the port of Orla overnight, killing four people.', '190');
  });

  it("keeps a blow at a place named by its use: 'attacked a place of worship'", () => {
    assertCodes('Gunmen attacked a place of worship in Kaduna on Sunday.', '190');
  });

  it('keeps a fight for survival or freedom when an opponent follows it', () => {
    assertCodes('Kurdish fighters battled for survival against Islamic State in Kobani.', '190');
    // A protesting crowd fighting police riots (145): the fight is kept, coded as a violent protest.
    assertCodes('Protesters fought for their freedom against police.', '145');
  });

  it('reads a struggle for rights with no opponent, and a fight for a place in a final, as figurative', () => {
    assert.deepEqual(codes('The herders say they are battling for land rights in northern Tanzania.'), []);
    assert.deepEqual(codes("Kenya's team fought for a place in the final against Nigeria."), []);
  });

  it('keeps a seat of government and a strongpoint seized by troops', () => {
    assertCodes('Taliban fighters seized the seat of the provincial government.', '171');
    assertCodes('Russian troops captured a strategic point near Bakhmut.', '173');
  });

  it('reads points snatched in a game as a score, not as people seized', () => {
    assert.deepEqual(codes('Kenya snatched three points from Uganda in the final minute.'), []);
  });

  it('reads a medal captured as a prize, but gold seized as contraband seized', () => {
    assert.deepEqual(codes('Ghana captured the gold in the relay in Paris.'), []);
    assertCodes('Customs officers in Kenya seized gold bound for Dubai.', '171');
  });

  it('keeps a strike made after or despite a deal, and drops only the deal that was struck', () => {
    assertCodes('Hours after the deal, Russia struck Odesa with drones.', '195');
    assertCodes('Despite the ceasefire agreement Israel struck Gaza.', '190');
    assert.deepEqual(codes('The accord, which was struck with the regulator in May, cut fishing quotas.'), []);
    assert.deepEqual(codes('The sale depends on a tax deal being struck with Ohio officials.'), []);
  });

  it('keeps a killing whose subject is an attack, with a crisis only in a phrase beside it', () => {
    assertCodes('Israeli air strikes amid a deepening humanitarian crisis killed 40 people in Gaza.', '190');
    assertCodes('Russian shelling during the energy crisis killed 12 civilians.', '190');
  });

  it('drops a killing whose subject is a disaster, even past a relative clause or an of-phrase', () => {
    assert.deepEqual(codes('The cyclone that struck the coast has killed 300 people.'), []);
    assert.deepEqual(codes('The collapse of a gold mine killed nine miners in Sudan.'), []);
    assert.deepEqual(codes('Florida was struck by two hurricanes in August.'), []);
    assert.deepEqual(codes('Floods in northern Pakistan have killed 50 people.'), []);
  });

  it('reads a year before a visit as a date, not as a crowd on the move', () => {
    assertCodes('In 2019 Modi visited Washington.', '042');
    assert.deepEqual(codes('Some 40,000 villagers travelled to Chad.'), []);
    assertCodes('The village elders travelled to Chad.', '042');
  });

  it('keeps a retreat that happens after a fight or under a plan, and drops an offer or an entry withdrawn', () => {
    assertCodes('Russian forces withdrew from Kherson under the plan agreed with Ukraine.', '0874');
    assertCodes('Israeli troops withdrew from Jenin after a fight with militants.', '0874');
    assertCodes('Russian troops pulled out of Kherson after a final assault.', '0874');
    assert.deepEqual(codes('Shell withdrew its bid for the Nigerian company.'), []);
    assert.deepEqual(codes('The Kenyan runner pulled out of the championships with an injury.'), []);
    assert.deepEqual(codes('The Kenyan runner pulled out after a hamstring injury.'), []);
  });
});

describe('acts inside a report', () => {
  it('codes the act of a report that the speaker confirms', () => {
    assertCodes('Kyiv confirmed reports that Russian missiles had struck a power plant in Odesa.', '190');
  });

  it('drops the act of a report that the speaker would not confirm', () => {
    assert.deepEqual(codes('Kyiv would not confirm reports that Russian missiles had struck a power plant in Odesa.'), []);
  });
});

describe('ground taken', () => {
  it('codes ground captured by soldiers as occupation (192)', () => {
    assertCodes('Sri Lankan soldiers captured a coastal strip from the Tamil Tigers.', '192');
  });

  it('leaves a building seized by police as property seized (171)', () => {
    assert.deepEqual(codes('Police seized the headquarters of the opposition party.'), ['171']);
  });
});

describe('a sentence passed', () => {
  it('codes a sentence passed as a finding of guilt (116)', () => {
    assert.deepEqual(codes('A Moscow court sentenced Navalny to prison.'), ['116']);
  });

  it('keeps a sentence that may be passed as legal action (173), since no one has been found guilty', () => {
    assert.deepEqual(codes('A Moscow court may sentence Navalny to prison next week.'), ['173']);
  });
});
