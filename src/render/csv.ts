/**
 * An export as a file a spreadsheet opens: CSV in UTF-8 with a byte-order mark (so that Excel
 * reads the accents), `;` between fields (French spreadsheets use the comma for decimals and
 * expect `;`), quoting by csv-stringify; or the same records as JSON.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportAnswer, ExportRecord } from '../answers/types.ts';

export const CSV_DELIMITER = ';';
/** Between the items of a list field (parties, signatories). */
export const LIST_SEPARATOR = ' | ';

/** The columns, in order: the record field and its French header. */
export const CSV_COLUMNS: { key: keyof ExportRecord; header: string }[] = [
  { key: 'parties', header: 'parties' },
  { key: 'kind', header: 'nature' },
  { key: 'status', header: 'statut' },
  { key: 'date', header: 'date' },
  { key: 'dateCertain', header: 'date_certaine' },
  { key: 'dateText', header: 'date_dans_le_texte' },
  { key: 'place', header: 'lieu' },
  { key: 'signatories', header: 'signataires' },
  { key: 'instrument', header: 'instrument' },
  { key: 'document', header: 'document' },
  { key: 'title', header: 'titre' },
  { key: 'paragraph', header: 'paragraphe' },
  { key: 'page', header: 'page' },
  { key: 'excerpt', header: 'extrait' },
  { key: 'source', header: 'source' },
];

/** One field as a cell: lists joined, `oui`/`non` for booleans, empty for none. */
function cell(value: ExportRecord[keyof ExportRecord]): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value);
}

/** The records as CSV text, BOM first, header row, CRLF line ends (RFC 4180). */
export function toCsv(records: readonly ExportRecord[]): string {
  return stringify(
    records.map((r) => CSV_COLUMNS.map((c) => cell(r[c.key]))),
    {
      bom: true,
      delimiter: CSV_DELIMITER,
      record_delimiter: 'windows',
      header: true,
      columns: CSV_COLUMNS.map((c) => c.header),
    },
  );
}

/** The export as JSON: what was asked, how many matched, the records. */
export function toJson(a: ExportAnswer): string {
  return `${JSON.stringify(
    {
      ...(a.party ? { party: a.party.name } : {}),
      filters: a.filters,
      total: a.total,
      records: a.records,
    },
    null,
    2,
  )}\n`;
}
