/**
 * A fingerprint of code and data: the sources of some folders or files and the versions of
 * some packages. A snapshot keeps the fingerprints of what made it (the reading of files,
 * the analysis): made by other code, it is rebuilt rather than served stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(path, e.name)) : [join(path, e.name)]))
    .filter((f) => /\.(ts|mts|js|mjs|json)$/.test(f))
    .sort();
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require(`${name}/package.json`) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

/** Hex, 16 characters: the sources below `paths` (relative to `root`) and the packages' versions. */
export function fingerprintOf(root: string, paths: string[], packages: string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => sourceFiles(join(root, p)))) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, 16);
}
