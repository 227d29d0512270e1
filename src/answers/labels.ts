/** Short French labels that every front end shows the same way. */
import type { ActorsAnswer, AgreementResult } from './types.ts';

/** `personne, pays : Russie`: the filters an /acteurs answer applied. */
export function filtersLabel(filters: ActorsAnswer['filters']): string {
  return [
    filters.type,
    filters.pays && `pays : ${filters.pays}`,
    filters.document && `document : ${filters.document}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The status of an agreement in words: `signé`, `en négociation`, `rappelé en passant`… */
export function statusLabel(status: string): string {
  return status === 'mentionné' ? 'mentionné (rappelé en passant)' : status;
}

/** The note that says how many recalled agreements an /accord answer left out. */
export function recalledNote(n: number | undefined): string | undefined {
  if (!n) return undefined;
  return n === 1
    ? 'Un accord seulement rappelé en passant n’est pas montré (statut:tous pour le voir).'
    : `${n} accords seulement rappelés en passant ne sont pas montrés (statut:tous pour les voir).`;
}

/** `2018-07-09`, `2017-10-06 (année déduite)`, `vendredi (date non précisée)`. */
export function dateLabel(d: AgreementResult['date']): string {
  if (!d) return '';
  if (!d.iso) return `${d.text} (date non précisée)`;
  return `${d.iso}${d.uncertain ? ' (année déduite)' : ''}`;
}
