import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { institutionAgent } from './titles.ts';

describe('institutionAgent', () => {
  it('reads the agent of a state body from its head word, before any "of"', () => {
    assert.equal(institutionAgent('Unification Ministry'), 'GOV');
    assert.equal(institutionAgent('Ministry of Interior'), 'GOV');
    assert.equal(institutionAgent('Constitutional Court'), 'JUD');
    assert.equal(institutionAgent('National Police'), 'COP');
  });

  it('keeps a defence ministry military however it is written', () => {
    assert.equal(institutionAgent('Defence Ministry'), 'MIL');
    assert.equal(institutionAgent('the Ministry of Defense'), 'MIL');
  });

  it('reads a council of civil society as what it stands for, not as the state', () => {
    assert.equal(institutionAgent('Norwegian Refugee Council'), 'NGO');
    assert.equal(institutionAgent('National Council of Churches'), 'NGO');
    assert.equal(institutionAgent('Trade Union Council'), 'LAB');
    assert.equal(institutionAgent('Olympic Council'), undefined);
    assert.equal(institutionAgent('National Security Council'), 'GOV');
  });

  it('leaves news agencies, banks and other names to the lists that know them', () => {
    assert.equal(institutionAgent('Yonhap News Agency'), undefined);
    assert.equal(institutionAgent('Central Bank Authority'), undefined);
    assert.equal(institutionAgent('Tarvex Holdings'), undefined);
  });
});
