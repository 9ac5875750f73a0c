import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeLike } from './escape-like.ts';

describe('escapeLike', () => {
  it('escapes the percent sign, the underscore and the backslash, and leaves other text as it is', () => {
    assert.equal(escapeLike('50%_off\\now'), '50\\%\\_off\\\\now');
    assert.equal(escapeLike('Central Bank'), 'Central Bank');
  });
});
