import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ARMED_FORCE_ROLES, ARMED_OR_STATE_ROLES, ARMED_SIDE_ROLES, INSURGENT_ROLES, OFFICE_ROLES, STATE_FORCE_ROLES, STATE_SIDE_ROLES, isBareCountry, isStateCountry, roleOf } from './agent-roles.ts';

const sorted = (roles: ReadonlySet<string>): string[] => [...roles].sort();

test('the role sets built as unions hold the roles the rules were written with', () => {
  assert.deepEqual(sorted(STATE_FORCE_ROLES), ['COP', 'GOV', 'MIL', 'SPY']);
  assert.deepEqual(sorted(STATE_SIDE_ROLES), ['COP', 'GOV', 'JUD', 'LEG', 'MIL', 'SPY']);
  assert.deepEqual(sorted(OFFICE_ROLES), ['COP', 'ELI', 'GOV', 'JUD', 'LEG', 'MIL', 'SPY']);
  assert.deepEqual(sorted(INSURGENT_ROLES), ['CRM', 'INS', 'REB', 'UAF']);
  assert.deepEqual(sorted(ARMED_SIDE_ROLES), ['COP', 'INS', 'MIL', 'REB', 'UAF']);
  assert.deepEqual(sorted(ARMED_FORCE_ROLES), ['INS', 'MIL', 'REB', 'UAF']);
  assert.deepEqual(sorted(ARMED_OR_STATE_ROLES), ['COP', 'CRM', 'INS', 'MIL', 'REB', 'SPY', 'UAF']);
});

test('the role of a code is its three letters after the country, and empty for a bare country or no code', () => {
  assert.equal(roleOf('NORMIL'), 'MIL');
  assert.equal(roleOf('NORGOVMIL'), 'GOV');
  assert.equal(roleOf('NOR'), '');
  assert.equal(roleOf(undefined), '');
});

test('a bare country is a code of three letters only, a body of states included', () => {
  assert.ok(isBareCountry('NOR'));
  assert.ok(isBareCountry('IGO'));
  assert.ok(!isBareCountry('NORGOV'));
  assert.ok(!isBareCountry(undefined));
});

test('a state country is three capital letters that name no international, multinational or aid body', () => {
  assert.ok(isStateCountry('NOR'));
  assert.ok(!isStateCountry('IGO'));
  assert.ok(!isStateCountry('NGO'));
  assert.ok(!isStateCountry('---'));
  assert.ok(!isStateCountry(undefined));
});
