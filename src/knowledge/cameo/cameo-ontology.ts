import type { QuadClass } from '../../model/event.ts';
import { cameoCodeLines } from './cameo-codes.ts';

/** One CAMEO event type with the figures every coded event carries. */
export interface CameoCode {
  readonly code: string;
  readonly rootCode: string;
  readonly baseCode: string;
  readonly label: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
}

const table = new Map<string, CameoCode>();
for (const line of cameoCodeLines.split('\n')) {
  const [code, goldstein, label] = line.split('|');
  if (!code || goldstein === undefined || !label) continue;
  const rootCode = code.slice(0, 2);
  table.set(code, {
    code,
    rootCode,
    baseCode: code.length === 2 ? `${rootCode}0` : code.slice(0, 3),
    label,
    quadClass: quadClassOf(rootCode),
    goldstein: Number(goldstein),
  });
}

/** QuadClass by root: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
export function quadClassOf(rootCode: string): QuadClass {
  const root = Number(rootCode);
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** Looks up a CAMEO code; unknown sub-codes fall back to their base or root figures so user patterns stay usable. */
export function cameoCode(code: string): CameoCode | undefined {
  const exact = table.get(code);
  if (exact) return exact;
  const parent = table.get(code.slice(0, 3)) ?? table.get(code.slice(0, 2));
  if (!parent || !/^\d{2,4}$/.test(code)) return undefined;
  return { ...parent, code, baseCode: code.length >= 3 ? code.slice(0, 3) : parent.baseCode };
}

/** A stand-in for a numeric code outside CAMEO (PETRARCH's test dictionaries use some): neutral figures, honest label. */
export function uncataloguedCode(code: string): CameoCode {
  const rootCode = code.slice(0, 2);
  return { code, rootCode, baseCode: code.slice(0, 3), label: `Code ${code} (not in CAMEO)`, quadClass: quadClassOf(rootCode), goldstein: 0 };
}

/** Every code in the ontology, for listings and coverage tests. */
export function allCameoCodes(): readonly CameoCode[] {
  return [...table.values()];
}
