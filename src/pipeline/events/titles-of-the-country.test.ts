import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codedDyads } from '../../../test/support/coded-dyads.ts';

test("'the country's' title after a country reached with in/to is that country's office", async () => {
  assert.deepEqual((await codedDyads("Blinken arrived in Egypt, where he met the country's foreign minister")).filter((dyad) => dyad.startsWith('040')), ['040 USAELI>EGYGOV', '040 EGYGOV>USAELI']);
  assert.ok((await codedDyads("Turkey sent aid to Syria, and the country's foreign minister thanked Ankara")).includes('051 SYRGOV>TUR'));
  assert.ok((await codedDyads("Modi flew to Ukraine and held talks with the country's president")).includes('040 INDGOV>UKRGOV'));
});

test("'the country's' title after the only country named is that country's office", async () => {
  assert.ok((await codedDyads("Kenya closed its border on Friday, and the country's president blamed Uganda for the outbreak")).includes('112 KENGOV>UGA'));
});

test("'the country's' title after two countries, none reached with in/to, is no one's", async () => {
  const dyads = await codedDyads("Chinese investors pulled out of Sri Lanka after the country's president criticised them");
  assert.ok(!dyads.some((dyad) => dyad.startsWith('111 CHN') || dyad.startsWith('111 LKA')), dyads.join(', '));
});
