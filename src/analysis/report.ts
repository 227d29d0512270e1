/**
 * An analysed document described with names instead of actor keys: what `document --json`
 * shows and what the evaluation scores.
 */
import type { AnalyzedDocument } from './analyze.ts';

export interface AgreementReport {
  kind: string;
  status: string;
  parties: string[];
  instrument?: string;
  signatories: string[];
  place?: string;
  date?: string;
  sentence: { paragraph: number; start: number; end: number; text: string };
}

export interface ActorReport {
  name: string;
  type: 'pays' | 'organisation' | 'personne';
  aliases: string[];
}

export function report(doc: AnalyzedDocument): {
  agreements: AgreementReport[];
  actors: ActorReport[];
} {
  const name = (k: string) => doc.actors.find((a) => a.key === k)?.name ?? k;
  return {
    agreements: doc.agreements.map((a) => {
      const { paragraph, start, end } = a.sentence;
      const text = (doc.paragraphs[paragraph] ?? '').slice(start, end);
      return {
        kind: a.kind,
        status: a.status,
        parties: a.parties.map(name),
        ...(a.instrument ? { instrument: a.instrument } : {}),
        signatories: a.signatories.map(name),
        ...(a.place ? { place: a.place } : {}),
        ...(a.date?.iso ? { date: a.date.iso } : {}),
        sentence: { paragraph, start, end, text },
      };
    }),
    actors: doc.actors.map((a) => ({ name: a.name, type: a.type, aliases: a.aliases })),
  };
}
