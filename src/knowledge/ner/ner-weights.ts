import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConfigError } from '../../model/errors.ts';
import { builtinFile } from '../builtin-file.ts';
import { NerModel } from './ner-model.ts';

const MAGIC = 'tidings-ner/1';

/** Trained weights before quantisation: one row per feature, plus the transition matrix. */
export interface NerWeights {
  readonly labels: readonly string[];
  readonly features: readonly string[];
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

interface Header {
  readonly magic: string;
  readonly labels: readonly string[];
  readonly featureCount: number;
  readonly keyBytes: number;
  readonly scale: number;
}

/** The committed weights file; both `src/` (tsx) and `dist/` (tsc) sit two folders below the repo root. */
export const DEFAULT_WEIGHTS_PATH = builtinFile(import.meta.url, 'weights/ner.bin');

/** Writes weights quantised to 8 bits with one scale, gzipped: a few MB instead of tens. */
export function saveNerWeights(path: string, model: NerWeights): void {
  let max = 0;
  for (const value of model.weights) max = Math.max(max, Math.abs(value));
  const scale = max === 0 ? 1 : max / 127;
  const quantised = new Int8Array(model.weights.length);
  model.weights.forEach((value, i) => (quantised[i] = Math.round(value / scale)));
  const keys = Buffer.from(model.features.join('\n'), 'utf8');
  const header: Header = { magic: MAGIC, labels: model.labels, featureCount: model.features.length, keyBytes: keys.length, scale };
  const headerBytes = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const transitions = Buffer.from(model.transitions.buffer, model.transitions.byteOffset, model.transitions.byteLength);
  writeFileSync(path, gzipSync(Buffer.concat([headerBytes, keys, Buffer.from(quantised.buffer), transitions]), { level: 9 }));
}

/** Loads the recogniser; a missing or corrupt file is a ConfigError naming the file and the command that rebuilds it. */
export function loadNerModel(path: string = DEFAULT_WEIGHTS_PATH): NerModel {
  const fail = (what: string): ConfigError =>
    new ConfigError(`The NER weights file \`${path}\` ${what}.`, 'Rebuild it with `npm run train:ner` (needs ../shared/eval-data/conll2003-ner).');
  if (!existsSync(path)) throw fail('is missing');
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(path));
  } catch {
    throw fail('is corrupt (not a gzipped weights file)');
  }
  const newline = bytes.indexOf(10);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header;
  } catch {
    throw fail('is corrupt (unreadable header)');
  }
  if (header.magic !== MAGIC) throw fail(`is not a tidings NER model (expected \`${MAGIC}\`, got \`${String(header.magic)}\`)`);
  if (!(header.scale > 0) || !Array.isArray(header.labels)) throw fail('is corrupt (header without labels or a positive scale)');
  const size = header.labels.length;
  const keysStart = newline + 1;
  const weightsStart = keysStart + header.keyBytes;
  const transitionsStart = weightsStart + header.featureCount * size;
  const expected = transitionsStart + (size + 1) * size * 4;
  if (bytes.length !== expected) throw fail(`is truncated or corrupt (${bytes.length} bytes, expected ${expected})`);
  const keys = bytes.subarray(keysStart, weightsStart).toString('utf8').split('\n');
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  // Scores are kept in units of the quantisation step: feature weights stay small integers, so any sum of them is
  // exact in float32 whatever the order it is added in (cached per-word sums equal per-feature sums), and only the
  // transitions are divided by the scale. Labels are those of the float weights up to rounding.
  const weights = Float32Array.from(new Int8Array(bytes.buffer, bytes.byteOffset + weightsStart, header.featureCount * size));
  const transitions = new Float32Array(bytes.buffer.slice(bytes.byteOffset + transitionsStart, bytes.byteOffset + expected));
  for (let i = 0; i < transitions.length; i++) transitions[i] = (transitions[i] ?? 0) / header.scale;
  return new NerModel(index, weights, transitions, header.labels);
}
