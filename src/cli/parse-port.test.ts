import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePort, portFromFlagOrEnv } from './parse-port.ts';

test('reads a port between 0 and 65535 and refuses one out of range, empty or not written in digits, naming --port', () => {
  assert.equal(parsePort('0'), 0);
  assert.equal(parsePort('8080'), 8080);
  assert.throws(() => parsePort('65536'), /for `--port`, got `65536`/);
  assert.throws(() => parsePort('80.5'), /for `--port`, got `80\.5`/);
  assert.throws(() => parsePort(''), /for `--port`, got ``/);
  assert.throws(() => parsePort(' 80'), /for `--port`, got ` 80`/);
});

test('takes --port before $PORT, and 8080 when neither is given or PORT is empty', () => {
  assert.equal(portFromFlagOrEnv('3000', { PORT: '4000' }), 3000);
  assert.equal(portFromFlagOrEnv(undefined, { PORT: '4000' }), 4000);
  assert.equal(portFromFlagOrEnv(undefined, {}), 8080);
  assert.equal(portFromFlagOrEnv(undefined, { PORT: '' }), 8080);
});

test('names $PORT when the bad value came from it, and --port when the flag gave it', () => {
  assert.throws(() => portFromFlagOrEnv(undefined, { PORT: 'eighty' }), /for `\$PORT`, got `eighty`/);
  assert.throws(() => portFromFlagOrEnv('eighty', { PORT: '4000' }), /for `--port`, got `eighty`/);
});
