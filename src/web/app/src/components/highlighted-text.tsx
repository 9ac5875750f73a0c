import type { JSX } from 'preact';
import type { Mark } from '../annotation-marks.ts';

/**
 * The original text rendered as text nodes (never HTML, so nothing in an article can run), with each mark a button:
 * clicking it or focusing it with the keyboard selects it for the detail panel.
 */
export function HighlightedText({ text, marks, selected, onSelect }: {
  text: string;
  marks: readonly Mark[];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <button
        key={mark.id}
        type="button"
        class={`mark mark-${mark.kind}`}
        aria-pressed={selected === mark.id}
        aria-label={`${text.slice(mark.start, mark.end)} (${mark.label})`}
        data-mark-id={mark.id}
        data-kind={mark.kind}
        onClick={() => onSelect(mark.id)}
        onFocus={() => onSelect(mark.id)}
      >
        {text.slice(mark.start, mark.end)}
      </button>,
    );
    at = mark.end;
  }
  parts.push(text.slice(at));
  return <div class="article-text">{parts}</div>;
}
