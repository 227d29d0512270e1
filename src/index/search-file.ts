/**
 * Writes a MiniSearch index to a file in chunks, in exactly the JSON that `toJSON()` would
 * give, without building that whole object tree and string at once (at tens of thousands of
 * documents they cost hundreds of megabytes at their peak). It reads MiniSearch's internal
 * fields, as its own `toJSON` does; a test checks the output is identical to
 * `JSON.stringify(miniSearch)` so that an upgrade cannot silently change it.
 */
import type { FileHandle } from 'node:fs/promises';
import type MiniSearch from 'minisearch';

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

const CHUNK = 4 * 1024 * 1024;

/** Collects small strings and writes them to the file in chunks of a few megabytes. */
export function chunkWriter(out: FileHandle): {
  write(s: string): Promise<void>;
  flush(): Promise<void>;
} {
  let buffer = '';
  return {
    async write(s: string) {
      buffer += s;
      if (buffer.length >= CHUNK) {
        await out.write(buffer);
        buffer = '';
      }
    },
    async flush() {
      if (buffer) await out.write(buffer);
      buffer = '';
    },
  };
}

export async function writeMiniSearch(
  out: FileHandle,
  ms: MiniSearch<never> | MiniSearch<unknown>,
): Promise<void> {
  const m = ms as unknown as Internals;
  const { write, flush } = chunkWriter(out);
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
  await flush();
}
