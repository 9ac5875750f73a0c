/** An event's actor as people read it ("European Union"), linked to its actor page, with the CAMEO code beside it. */
export function ActorName({ name, code }: { readonly name?: string | undefined; readonly code?: string | undefined }) {
  if (!code) return <>?</>;
  return (
    <a href={`/actor/${encodeURIComponent(code)}`}>
      {name && name !== code ? <>{name} <span class="muted">{code}</span></> : code}
    </a>
  );
}
