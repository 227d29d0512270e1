/**
 * The YAML front matter a curator writes at the top of a Markdown file, checked against one
 * schema (zod). A field that does not fit is reported in French — which field, which line of
 * the file, what was expected — and left out; the rest of the header and the document are
 * kept. Only a header that is not YAML at all makes the file unreadable.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { FrontMatter } from './document.ts';

export class FrontMatterError extends Error {}

/** One field left out of a header, with where and why. */
export interface FrontMatterProblem {
  /** `acteurs[2].role`, `parties`… (1-based list positions, as a curator counts). */
  field: string;
  /** Line in the file (the opening `---` is line 1). */
  line?: number;
  message: string;
}

const EXPECTED_TEXT = 'attendu : du texte';

function received(v: unknown): string {
  if (v === null || v === undefined) return 'une valeur vide';
  if (typeof v === 'number') return 'un nombre (mettez-le entre guillemets)';
  if (typeof v === 'boolean') return 'un booléen (mettez-le entre guillemets)';
  if (Array.isArray(v)) return 'une liste';
  if (v instanceof Date) return 'une date';
  if (typeof v === 'object') return 'des paires clé: valeur';
  return 'une valeur d’un autre type';
}

const text = z
  .string({ error: (iss) => `${EXPECTED_TEXT}, reçu ${received(iss.input)}` })
  .trim()
  .min(1, { error: 'valeur vide' })
  .max(1000, { error: 'texte trop long (1 000 caractères au plus)' });

/** A list of names, or one line of names separated by commas. */
const names = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[,;]/).filter((s) => s.trim()) : v),
  z.array(text, { error: (iss) => `attendu : une liste de noms, reçu ${received(iss.input)}` }),
);

const ACTOR_TYPES: Record<string, 'pays' | 'organisation' | 'personne'> = {
  pays: 'pays',
  country: 'pays',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  personne: 'personne',
  person: 'personne',
};

const actorType = z
  .string({ error: (iss) => `${EXPECTED_TEXT}, reçu ${received(iss.input)}` })
  .transform((s) => ACTOR_TYPES[s.trim().toLowerCase()])
  .pipe(
    z.enum(['pays', 'organisation', 'personne'], {
      error: 'attendu : pays, organisation ou personne',
    }),
  );

/** An actor: a name, or `{ nom, type, role }` (`name` is accepted for `nom`). */
const actor = z.preprocess(
  (v) => {
    if (typeof v === 'string') return { nom: v };
    if (v && typeof v === 'object' && !Array.isArray(v) && !('nom' in v) && 'name' in v) {
      const { name, ...rest } = v as Record<string, unknown>;
      return { ...rest, nom: name };
    }
    return v;
  },
  z.object(
    { nom: text, type: actorType.optional(), role: text.optional() },
    { error: (iss) => `attendu : un nom ou { nom, type, role }, reçu ${received(iss.input)}` },
  ),
);

const year = z.number().int().min(1000).max(9999);
const date = z.union([text, year], {
  error: 'attendu : une date (AAAA-MM-JJ, AAAA-MM ou AAAA)',
});

/** The whole header. Unknown keys are left alone (other tools write their own). */
export const FRONT_MATTER_SCHEMA = z.object({
  title: text.optional(),
  titre: text.optional(),
  date: date.optional(),
  source: text.optional(),
  parties: names.optional(),
  type: text.optional(),
  acteurs: z
    .preprocess(
      (v) => (typeof v === 'string' ? v.split(/[,;]/).filter((s) => s.trim()) : v),
      z.array(actor, {
        error: (iss) => `attendu : une liste d’acteurs, reçu ${received(iss.input)}`,
      }),
    )
    .optional(),
});

type Path = (string | number)[];

function fieldName(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p + 1}]` : `${out ? '.' : ''}${p}`;
  return out || 'en-tête';
}

/** Removes the value at `path` (a list item is spliced out, a key deleted). */
function prune(data: unknown, path: Path): void {
  let at: unknown = data;
  for (const p of path.slice(0, -1)) at = (at as Record<string | number, unknown>)?.[p];
  const last = path[path.length - 1];
  if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1);
  else if (at && typeof at === 'object' && last !== undefined)
    delete (at as Record<string | number, unknown>)[last];
}

/**
 * Parses and checks a header (the text between the `---` lines). `firstLine` is the file line
 * of the header's first line. Throws FrontMatterError only when the YAML itself is broken.
 */
export function readFrontMatter(
  yamlText: string,
  firstLine = 2,
): { meta: FrontMatter; problems: FrontMatterProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const broken = doc.errors[0];
  if (broken) {
    const at = lines.linePos(broken.pos[0]).line;
    throw new FrontMatterError(`en-tête YAML invalide (ligne ${at + firstLine - 1})`);
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw)))
    throw new FrontMatterError('en-tête YAML invalide (attendu : des paires clé: valeur)');
  // Empty keys (`source:`) are absent, not wrong.
  const data = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(([, v]) => v != null),
  );
  const lineOf = (path: Path): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  const problems: FrontMatterProblem[] = [];
  // Each pass drops what did not fit (deepest first, so list positions stay right) and checks
  // again; a bad value can only make its parent fail, so this ends within the header's depth.
  for (let pass = 0; pass < 8; pass++) {
    const result = FRONT_MATTER_SCHEMA.safeParse(data);
    if (result.success) {
      const d = result.data;
      const meta: FrontMatter = {};
      const title = d.titre ?? d.title;
      if (title) meta.title = title;
      if (d.date !== undefined) meta.date = d.date;
      if (d.source) meta.source = d.source;
      if (d.parties?.length) meta.parties = d.parties;
      if (d.type) meta.type = d.type;
      if (d.acteurs?.length)
        meta.acteurs = d.acteurs.map((a) => ({
          nom: a.nom,
          ...(a.type ? { type: a.type } : {}),
          ...(a.role ? { role: a.role } : {}),
        }));
      // Reported in the order of the file's lines.
      return { meta, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
    }
    const issues = result.error.issues
      .map((i) => ({ path: i.path as Path, message: i.message }))
      .sort((a, b) => comparePaths(b.path, a.path));
    for (const issue of issues) {
      const line = lineOf(issue.path);
      problems.push({
        field: fieldName(issue.path),
        ...(line ? { line } : {}),
        message: issue.message,
      });
      // Without its name an actor is nothing: the whole item goes.
      prune(data, issue.path.at(-1) === 'nom' ? issue.path.slice(0, -1) : issue.path);
    }
  }
  return { meta: {}, problems };
}

/** Orders paths so that later list items and deeper fields come first when reversed. */
function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** A problem as `/corpus` shows it. */
export function problemText(p: FrontMatterProblem): string {
  return `en-tête : champ « ${p.field} » ignoré${p.line ? ` (ligne ${p.line})` : ''} : ${p.message}`;
}
