import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeActorCode } from './describe-actor-code.ts';

describe('describeActorCode', () => {
  it('names a country, a country with its role, and a role with no country', () => {
    assert.equal(describeActorCode('CHL'), 'Chile');
    assert.equal(describeActorCode('CHLGOV'), "Chile's government");
    assert.equal(describeActorCode('NORMIL'), "Norway's military");
    assert.equal(describeActorCode('---REB'), 'rebels');
  });

  it('names international bodies by their main name', () => {
    assert.equal(describeActorCode('IGOEEU'), 'European Union');
    assert.equal(describeActorCode('IGOAFRAFU'), 'African Union');
  });

  it('keeps a code it cannot read whole rather than guessing', () => {
    assert.equal(describeActorCode('XQZGOV'), 'XQZGOV');
    assert.equal(describeActorCode('CHLQQQ'), 'CHLQQQ');
    assert.equal(describeActorCode('---'), '---');
  });
});

describe('describeActorCode on layered codes', () => {
  it('reads a national seat of government as its government and a layered code by its last role', () => {
    assert.equal(describeActorCode('GBRGOV'), "United Kingdom's government");
    assert.equal(describeActorCode('USAGOVLEG'), "United States' legislature");
  });
});

describe('describeActorCode on regions', () => {
  it("names CAMEO's regional codes like countries", () => {
    assert.equal(describeActorCode('EUR'), 'Europe');
    assert.equal(describeActorCode('AFR'), 'Africa');
    assert.equal(describeActorCode('MEAGOV'), "the Middle East's government");
  });
});
