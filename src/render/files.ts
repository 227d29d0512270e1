/**
 * The files an answer comes with, the same for every front end: the chronology chart and the
 * network picture as PNG, an export as CSV or JSON. Discord attaches them; the console writes
 * them to disk (or, for an export, to standard output).
 */
import { fold } from '../analysis/normalize.ts';
import type { Answer } from '../answers/types.ts';
import { toCsv, toJson } from './csv.ts';
import { NETWORK_SIZE, renderNetwork } from './network.ts';
import { renderTimeline, TIMELINE_SIZE } from './timeline.ts';

export interface AnswerFile {
  /** File name: `chronologie-russie.png`. */
  name: string;
  contentType: 'image/png' | 'text/csv' | 'application/json';
  data: Buffer;
  /** What it shows, in French (a picture's alternative text). */
  description: string;
  /** A picture's size in pixels. */
  size?: { width: number; height: number };
}

/** `russie`, `union-europeenne`: a party's name as a file name part. */
export function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'corpus'
  );
}

/** The files of an answer (none for most commands, and none when nothing was found). */
export async function answerFiles(answer: Answer): Promise<AnswerFile[]> {
  switch (answer.command) {
    case 'chronologie': {
      if (!answer.chart.bins.length) return [];
      const who = answer.party ? slug(answer.party.name) : 'corpus';
      return [
        {
          name: `chronologie-${who}.png`,
          contentType: 'image/png',
          data: await renderTimeline(answer),
          description: `Graphique : accords par ${answer.chart.unit}${answer.party ? ` impliquant ${answer.party.name}` : ''}`,
          size: { ...TIMELINE_SIZE },
        },
      ];
    }
    case 'reseau': {
      if (!answer.nodes.length) return [];
      const who = answer.party ? slug(answer.party.name) : 'corpus';
      return [
        {
          name: `reseau-${who}.png`,
          contentType: 'image/png',
          data: await renderNetwork(answer),
          description: `Réseau des accords${answer.party ? ` autour de ${answer.party.name}` : ''}`,
          size: { ...NETWORK_SIZE },
        },
      ];
    }
    case 'exporter': {
      if (!answer.records.length) return [];
      const who = answer.party ? slug(answer.party.name) : 'corpus';
      const csv = answer.format === 'csv';
      return [
        {
          name: `accords-${who}.${answer.format}`,
          contentType: csv ? 'text/csv' : 'application/json',
          data: Buffer.from(csv ? toCsv(answer.records) : toJson(answer), 'utf8'),
          description: `${answer.records.length} accords (${answer.format.toUpperCase()})`,
        },
      ];
    }
    default:
      return [];
  }
}
