/** Inline SVG bar charts for the dashboard: no script, no fonts, no network. */

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface BarChart {
  /** Names the chart for screen readers. */
  title: string;
  labels: string[];
  values: number[];
  /** Appended to value labels, e.g. "h". */
  unit?: string;
}

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 16, right: 12, bottom: 44, left: 36 };

/** A vertical bar chart, one bar per label, scaled to the largest value. */
export function barChart(chart: BarChart): string {
  const n = Math.max(chart.values.length, 1);
  const max = Math.max(...chart.values, 1);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / n;
  const bar = Math.max(2, slot * 0.7);
  // Label every bar when there are few, else about a dozen, so text never overlaps.
  const every = Math.max(1, Math.ceil(n / 12));
  const bars = chart.values.map((v, i) => {
    const h = (v / max) * plotH;
    const x = PAD.left + i * slot + (slot - bar) / 2;
    const y = PAD.top + plotH - h;
    const label = chart.labels[i] ?? "";
    const tip = `${label}: ${fmt(v)}${chart.unit ?? ""}`;
    const parts = [
      `<rect class="bar" x="${fmt(x)}" y="${fmt(y)}" width="${fmt(bar)}" height="${fmt(h)}"><title>${escapeHtml(tip)}</title></rect>`,
    ];
    if (i % every === 0) {
      parts.push(
        `<text class="tick" x="${fmt(x + bar / 2)}" y="${HEIGHT - PAD.bottom + 14}" text-anchor="middle">${escapeHtml(shorten(label))}</text>`,
      );
    }
    if (n <= 16 && v > 0) {
      parts.push(
        `<text class="value" x="${fmt(x + bar / 2)}" y="${fmt(y - 3)}" text-anchor="middle">${escapeHtml(fmt(v))}</text>`,
      );
    }
    return parts.join("");
  });
  const axis = `<line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${WIDTH - PAD.right}" y2="${PAD.top + plotH}"/>`;
  const top = `<text class="tick" x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${escapeHtml(fmt(max))}</text>`;
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" ` +
    `aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(chart.title)}</title>${axis}${top}${bars.join("")}</svg>`
  );
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function shorten(label: string): string {
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}
