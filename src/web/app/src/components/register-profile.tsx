import type { AnalyzedDocument } from '../../../../model/document.ts';

/** The register profile: tone, informality, hedging, the slang/hedge spans, and the plain facts without the style. */
export function RegisterProfile({ doc }: { doc: AnalyzedDocument }) {
  const r = doc.register;
  if (!r) return null;
  const kinds = new Map<string, string[]>();
  for (const s of r.spans) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s.text]);
  return (
    <section aria-labelledby="register-h">
      <h2 id="register-h">Register</h2>
      <div class="detail"><dl>
        <dt>Profile</dt><dd>{r.profile}</dd>
        <dt>Tone</dt><dd>{r.tone.toFixed(1)}</dd>
        <dt>Informality</dt><dd>{Math.round(r.informality * 100)}%</dd>
        <dt>Hedging</dt><dd>{Math.round(r.hedging * 100)}%</dd>
        {[...kinds.entries()].map(([kind, texts]) => <><dt key={`${kind}-t`}>{kind}</dt><dd key={`${kind}-d`}>{texts.map((t) => `“${t}”`).join(', ')}</dd></>)}
      </dl></div>
      {r.plainFacts.length > 0 && (
        <>
          <h3>Plain facts</h3>
          <ul>{r.plainFacts.map((f, i) => <li key={i}>{f}</li>)}</ul>
        </>
      )}
    </section>
  );
}
