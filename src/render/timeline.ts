/**
 * The chronology chart: agreements per year (or month), stacked by status, inferred years
 * hatched, drawn by Chart.js on a server-side canvas (@napi-rs/canvas) and encoded as PNG.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  SubTitle,
  Title,
} from 'chart.js';
import { STATUS_ORDER } from '../answers/accord.ts';
import { spanLabel } from '../answers/chronologie.ts';
import { count, partyPhrase } from '../answers/labels.ts';
import type { ChronologieAnswer } from '../answers/types.ts';
import { COLORS, FONT, fitText, font, registerFont, STATUS_COLORS } from './theme.ts';

export const TIMELINE_SIZE = { width: 1000, height: 600 } as const;

let chartReady = false;
function setUp(): void {
  if (chartReady) return;
  registerFont();
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle);
  chartReady = true;
}

/** A diagonal hatch on the background, for agreements whose year was inferred. */
function hatch(ctx: SKRSContext2D): string {
  const tile = createCanvas(12, 12);
  const t = tile.getContext('2d');
  t.fillStyle = '#E5E7EB';
  t.fillRect(0, 0, 12, 12);
  t.strokeStyle = '#6B7280';
  t.lineWidth = 3;
  t.beginPath();
  t.moveTo(-3, 3);
  t.lineTo(3, -3);
  t.moveTo(0, 12);
  t.lineTo(12, 0);
  t.moveTo(9, 15);
  t.lineTo(15, 9);
  t.stroke();
  // Chart.js takes a pattern wherever it takes a colour.
  return (ctx.createPattern(tile, 'repeat') ?? '#9CA3AF') as unknown as string;
}

/** The chart's title: what is counted, for whom, over which span. */
export function timelineTitle(a: ChronologieAnswer): string {
  const who = a.party ? ` — ${partyPhrase(a.party)}` : ' — tout le corpus';
  return `Accords par ${a.chart.unit}${who}`;
}

/** The lines under the title: counts and span, then the filters. */
export function timelineSubtitle(a: ChronologieAnswer): string[] {
  const counts = [
    `${count(a.total, 'accord daté', 'accords datés')} ${spanLabel(a)}`.trim(),
    a.undatedTotal
      ? `${count(a.undatedTotal, 'accord sans date', 'accords sans date')} (non représentés)`
      : '',
  ];
  return [counts.filter(Boolean).join(' · '), `Filtres : ${a.filters.join(' · ')}`];
}

/** The chart as PNG bytes (TIMELINE_SIZE). */
export async function renderTimeline(a: ChronologieAnswer): Promise<Buffer> {
  setUp();
  const { width, height } = TIMELINE_SIZE;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.font = font(30, true);
  const title = fitText(ctx, timelineTitle(a), width - 40);
  ctx.font = font(20);
  const subtitle = timelineSubtitle(a).map((line) => fitText(ctx, line, width - 40));
  // By month, every bar keeps its label, on two lines (`oct.` over `2017`).
  const monthly = a.chart.unit === 'mois';
  const labels = a.chart.bins.map((b) => (monthly ? b.label.split(' ') : b.label));
  const statuses = STATUS_ORDER.filter((s) => a.chart.bins.some((b) => b.counts[s]));
  const datasets = statuses.map((s) => ({
    label: s as string,
    data: a.chart.bins.map((b) => b.counts[s] ?? 0),
    backgroundColor: STATUS_COLORS[s] ?? COLORS.muted,
    borderColor: COLORS.text,
    borderWidth: 1,
  }));
  if (a.chart.bins.some((b) => b.uncertain))
    datasets.push({
      label: 'année déduite',
      data: a.chart.bins.map((b) => b.uncertain),
      backgroundColor: hatch(ctx),
      borderColor: COLORS.text,
      borderWidth: 1,
    });
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      layout: { padding: { left: 16, right: 24, top: 8, bottom: 12 } },
      datasets: { bar: { maxBarThickness: 90, categoryPercentage: 0.8, barPercentage: 0.9 } },
      plugins: {
        title: {
          display: true,
          text: title,
          color: COLORS.text,
          font: { size: 30, weight: 'bold' },
        },
        subtitle: {
          display: true,
          text: subtitle,
          color: COLORS.muted,
          font: { size: 20 },
          padding: { bottom: 10 },
        },
        legend: {
          position: 'bottom',
          labels: {
            color: COLORS.text,
            font: { size: 22 },
            boxWidth: 26,
            boxHeight: 22,
            padding: 18,
          },
        },
      },
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: COLORS.muted },
          ticks: {
            color: COLORS.text,
            font: { size: 22 },
            maxRotation: 0,
            autoSkip: !monthly,
            autoSkipPadding: 16,
          },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          grid: { color: COLORS.grid },
          border: { display: false },
          title: { display: true, text: 'Accords', color: COLORS.muted, font: { size: 22 } },
          ticks: { color: COLORS.text, font: { size: 20 }, precision: 0 },
        },
      },
    },
    plugins: [
      {
        id: 'card',
        beforeDraw(chart) {
          const c = chart.ctx;
          c.save();
          c.fillStyle = COLORS.background;
          c.fillRect(0, 0, chart.width, chart.height);
          // A thin frame: the card stays a card on Discord's light theme too.
          c.strokeStyle = COLORS.border;
          c.lineWidth = 2;
          c.strokeRect(1, 1, chart.width - 2, chart.height - 2);
          c.restore();
        },
      },
    ],
  };
  Chart.defaults.font.family = FONT;
  // Chart.js draws on any 2D context: the server-side canvas stands for the browser's.
  const chart = new Chart(ctx as unknown as ConstructorParameters<typeof Chart>[0], config);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
