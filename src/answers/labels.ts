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

/** `2018-07-09`, `2017-10-06 (année déduite)`, `vendredi (date non précisée)`. */
export function dateLabel(d: AgreementResult['date']): string {
  if (!d) return '';
  if (!d.iso) return `${d.text} (date non précisée)`;
  return `${d.iso}${d.uncertain ? ' (année déduite)' : ''}`;
}
