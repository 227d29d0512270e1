/** `ajouter`: a document sent by a user, written into the corpus, indexed at once, and described. */
import { type IncomingFile, intakeFile } from '../corpus/intake.ts';
import type { AnswerContext } from './context.ts';
import { answerDocument } from './document.ts';
import type { AddAnswer } from './types.ts';

export async function answerAjouter(
  ctx: AnswerContext,
  args: { titre?: string; source?: string },
  file: IncomingFile | undefined,
): Promise<AddAnswer> {
  const sent = file?.name ?? '';
  if (!file) return { command: 'ajouter', sent, added: false, reason: 'aucun fichier joint' };
  if (!ctx.intake)
    return {
      command: 'ajouter',
      sent,
      added: false,
      reason: 'l’ajout de documents n’est pas disponible ici',
    };
  const { root, maxFileBytes } = ctx.intake;
  const r = await intakeFile(file, {
    root,
    maxBytes: maxFileBytes,
    ...(args.titre ? { title: args.titre } : {}),
    ...(args.source ? { source: args.source } : {}),
  });
  if (!r.ok) {
    const known = r.duplicateOf ? ` (${r.duplicateOf})` : '';
    return { command: 'ajouter', sent, added: false, reason: `${r.reason}${known}` };
  }
  const answer: AddAnswer = { command: 'ajouter', sent, added: true, id: r.id };
  if (r.renamed) answer.renamed = true;
  const report = await ctx.intake.indexNow([r.id]);
  const skipped = report.skipped.find((s) => s.id === r.id);
  if (report.readOnly)
    answer.message =
      'Un autre processus tient l’index : il lira ce fichier à sa prochaine relecture du dossier.';
  else if (report.error)
    answer.message = `Fichier enregistré, mais l’indexation a échoué (${report.error}) ; elle sera retentée à la prochaine relecture.`;
  else if (skipped) answer.message = `Fichier enregistré mais non indexé : ${skipped.reason}.`;
  const card = answerDocument(ctx, r.id).document;
  if (card?.id === r.id) answer.document = card;
  return answer;
}
