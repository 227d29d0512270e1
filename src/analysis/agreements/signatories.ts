/**
 * What sentences about a signing add to the agreement they are about (the last one stated
 * before them): the people who signed, named as the subject of a signing verb (`X et Y ont
 * signé la déclaration`) or as its agent (`signé par X`, `officialisée par X`), and the
 * place (`Le document a été signé à Jakarta`).
 */

import { attributionStart } from '../clause/roles.ts';
import { type SentenceView, word } from '../clause/view.ts';
import { placeOf } from './details.ts';
import type { Agreement } from './merge.ts';

const SIGNING =
  /^(signe|signee|signees|signes|signent|signer|signera|signeront|signaient|signait|paraphe|paraphee|officialise|officialisee|officialisent|ratifie|ratifiee)$/;

/** Persons who sign in a sentence, or none when it is not a signing by people. */
function signersIn(v: SentenceView): string[] {
  const at = v.tokens.findIndex((t) => SIGNING.test(t.key));
  if (at < 0) return [];
  const end = attributionStart(v);
  // A negated signing (`n'a pas signé`) names no signatory.
  for (let k = Math.max(0, at - 3); k < at; k++) if (word(v, k) === 'pas') return [];
  const out: string[] = [];
  for (const m of v.mentions) {
    if (m.type !== 'personne' || m.from >= end) continue;
    if (word(v, m.from - 1) === 'selon') continue;
    if (!out.includes(m.key)) out.push(m.key);
  }
  return out;
}

export function attachSignatories(agreements: Agreement[], views: readonly SentenceView[]): void {
  const signable = agreements.filter((a) => a.status === 'signé' || a.status === 'annoncé');
  if (!signable.length) return;
  for (const v of views) {
    const people = signersIn(v);
    if (!people.length) continue;
    // The agreement stated last at or before this sentence, else the first one.
    let target = signable[0] as Agreement;
    for (const a of signable) {
      const before =
        a.sentence.paragraph < v.paragraph ||
        (a.sentence.paragraph === v.paragraph && a.sentence.start <= v.start);
      if (before || a.evidence.includes(v.paragraph)) target = a;
    }
    for (const p of people) if (!target.signatories.includes(p)) target.signatories.push(p);
  }
  // The place of a signing said in another sentence.
  for (const v of views) {
    if (!v.tokens.some((t) => SIGNING.test(t.key))) continue;
    const place = placeOf(v);
    if (!place) continue;
    const target =
      [...signable].reverse().find((a) => a.sentence.paragraph <= v.paragraph) ?? signable[0];
    if (target && !target.place) target.place = place;
  }
}
