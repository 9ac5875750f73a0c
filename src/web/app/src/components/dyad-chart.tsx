import type { DyadResponse } from '../api-types.ts';

const W = 640;
const H = 220;
const PAD = 30;
const CLASS_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** Events per day stacked by QuadClass, with the day's Goldstein sum as a line; a table carries the same data. */
export function DyadChart({ dyad }: { dyad: DyadResponse }) {
  const days = dyad.days;
  const maxCount = Math.max(1, ...days.map((d) => d.events));
  const maxAbs = Math.max(1, ...days.map((d) => Math.abs(d.goldstein)));
  // Bars stay narrow when there are few days, so one day does not fill the whole chart.
  const step = Math.min(48, (W - 2 * PAD) / Math.max(1, days.length));
  const x = (i: number) => PAD + i * step;
  const yCount = (n: number) => H - PAD - (n / maxCount) * (H - 2 * PAD);
  const yGold = (g: number) => H / 2 - (g / maxAbs) * (H / 2 - PAD);
  const line = days.map((d, i) => `${i === 0 ? 'M' : 'L'}${(x(i) + step / 2).toFixed(1)},${yGold(d.goldstein).toFixed(1)}`).join(' ');
  return (
    <figure>
      <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Events per day between ${dyad.a} and ${dyad.b}, by QuadClass, with the Goldstein line`}>
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} stroke="currentColor" />
        {days.map((d, i) => {
          let base = 0;
          return d.quadClass.map((n, q) => {
            if (n === 0) return null;
            const y0 = yCount(base);
            base += n;
            return <rect key={`${d.day}-${q}`} class={`q${q + 1}`} x={x(i) + 1} width={Math.max(1, step - 2)} y={yCount(base)} height={y0 - yCount(base)} />;
          });
        })}
        <path class="goldstein-line" d={line} />
        {days.map((d, i) => <circle key={d.day} class="goldstein-point" cx={x(i) + step / 2} cy={yGold(d.goldstein)} r={3} />)}
        <text x={PAD} y={16}>max {maxCount}/day · Goldstein ±{maxAbs.toFixed(0)}</text>
        {days.length > 0 && <text x={PAD} y={H - 8}>{days[0]?.day}</text>}
        {days.length > 1 && <text x={x(days.length - 1) + step} y={H - 8} text-anchor="end">{days[days.length - 1]?.day}</text>}
      </svg>
      <figcaption class="meta">Bars: {CLASS_NAMES.map((n, i) => <span key={n}><svg width="10" height="10" aria-hidden="true"><rect class={`q${i + 1}`} width="10" height="10" /></svg> {i + 1} {n} </span>)} · line: Goldstein sum per day.</figcaption>
      <details>
        <summary>Data table</summary>
        <div class="table-scroll"><table>
          <thead><tr><th scope="col">Day</th>{CLASS_NAMES.map((n) => <th key={n} scope="col">{n}</th>)}<th scope="col">Goldstein</th></tr></thead>
          <tbody>{days.map((d) => <tr key={d.day}><td>{d.day}</td>{d.quadClass.map((n, i) => <td key={i}>{n}</td>)}<td>{d.goldstein.toFixed(1)}</td></tr>)}</tbody>
        </table></div>
      </details>
    </figure>
  );
}
