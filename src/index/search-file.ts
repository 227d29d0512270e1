/**
 * Writes a MiniSearch index to a file in chunks, in exactly the JSON that `toJSON()` would
 * give, without building that whole object tree and string at once (at tens of thousands of
 * documents they cost hundreds of megabytes at their peak). It reads MiniSearch's internal
 * fields, as its own `toJSON` does; a test checks the output is identical to
 * `JSON.stringify(miniSearch)` so that an upgrade cannot silently change it.
 */
import type MiniSearch from 'minisearch';
import type { Sink } from './durable-file.ts';

interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

export async function writeMiniSearch(
  sink: Sink,
  ms: MiniSearch<never> | MiniSearch<unknown>,
): Promise<void> {
  const m = ms as unknown as Internals;
  const write = (s: string) => sink.write(s);
  await write(
    `{"documentCount":${JSON.stringify(m._documentCount)},"nextId":${JSON.stringify(m._nextId)},` +
      `"documentIds":${JSON.stringify(Object.fromEntries(m._documentIds))},` +
      `"fieldIds":${JSON.stringify(m._fieldIds)},` +
      `"fieldLength":${JSON.stringify(Object.fromEntries(m._fieldLength))},` +
      `"averageFieldLength":${JSON.stringify(m._avgFieldLength)},` +
      `"storedFields":${JSON.stringify(Object.fromEntries(m._storedFields))},` +
      `"dirtCount":${JSON.stringify(m._dirtCount)},"index":[`,
  );
  let first = true;
  for (const [term, fieldIndex] of m._index) {
    const data: Record<number, Record<number, number>> = {};
    for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
    await write(`${first ? '' : ','}${JSON.stringify([term, data])}`);
    first = false;
  }
  await write('],"serializationVersion":2}');
}
