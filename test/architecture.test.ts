/**
 * Data flows one way: files → documents → analysis → index → answers → rendering. A module
 * imports only from its own stage or the stages before it; Discord's types stay in the
 * Discord front end and the command definitions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** The stages, in the order data flows through them. */
const STAGE: Record<string, number> = {
  corpus: 0,
  analysis: 1,
  index: 2,
  answers: 3,
  render: 4,
  commands: 5,
  discord: 6,
  cli: 6,
};
/** Modules at the root of src that only the front ends may use (they start everything). */
const WIRING = new Set(['src/app.ts', 'src/main.ts']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const imports = (file: string) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it('no stage imports from a later one', () => {
    const wrong: string[] = [];
    for (const file of sources('src')) {
      const stage = file.split('/')[1] ?? '';
      for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
        const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec)));
        const to = target.split('/')[1] ?? '';
        const later = (STAGE[to] ?? -1) > (STAGE[stage] ?? Number.POSITIVE_INFINITY);
        const wiring = WIRING.has(target) && !['discord', 'cli'].includes(stage) && stage in STAGE;
        if (later || wiring) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('discord.js is imported only by the Discord front end and the command definitions', () => {
    const wrong = sources('src').filter(
      (f) => !/^src\/(discord|commands)\//.test(f) && imports(f).includes('discord.js'),
    );
    expect(wrong).toEqual([]);
  });
});
