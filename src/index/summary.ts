/**
 * What a re-index did, in words: `1 ajouté, 2 modifiés, 5 inchangés` (the counts that are not
 * zero). Said by the scheduler's log line and by the answers to /reindexer and /corpus, so it
 * lives here, below both.
 */

const count = (n: number, word: string) =>
  `${n.toLocaleString('fr-FR')} ${word}${n > 1 ? 's' : ''}`;

export function changeSummary(c: {
  added: readonly unknown[];
  updated: readonly unknown[];
  removed: readonly unknown[];
  skipped: readonly unknown[];
  unchanged?: number;
}): string {
  const parts = [
    c.added.length && count(c.added.length, 'ajouté'),
    c.updated.length && count(c.updated.length, 'modifié'),
    c.removed.length && count(c.removed.length, 'supprimé'),
    c.skipped.length && count(c.skipped.length, 'ignoré'),
    c.unchanged && count(c.unchanged, 'inchangé'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'aucun document';
}
