import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCountryPoints } from './country-points.ts';

describe('loadCountryPoints', () => {
  const points = loadCountryPoints();

  it('has a point for most of the world\'s countries', () => {
    assert.ok(points.size >= 160, `only ${points.size} countries`);
  });

  it('puts France in metropolitan France and the United States in the lower 48, not towards their overseas parts', () => {
    const france = points.get('FRA');
    const usa = points.get('USA');
    assert.ok(france && usa);
    assert.ok(france.lat > 42 && france.lat < 51 && france.lon > -5 && france.lon < 8, JSON.stringify(france));
    assert.ok(usa.lat > 30 && usa.lat < 48 && usa.lon > -110 && usa.lon < -85, JSON.stringify(usa));
  });
});
