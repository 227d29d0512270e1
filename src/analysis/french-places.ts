/**
 * French places by name: regions, departments and communes, from the official division
 * (`@etalab/decoupage-administratif`, INSEE data published by Etalab, MIT licence). A lone
 * capitalised word that names one (`Carcassonne`, `Vendée`, `Hauts-de-France`) is a place in a
 * story, not an organisation, even when it is named twice.
 *
 * Communes below `MIN_POPULATION` are left out: tiny villages share their names with surnames
 * and brands far more often than they make the news. Read once, when first asked (about 0.1 s).
 */
import { createRequire } from 'node:module';
import { fold } from './normalize.ts';

/** Communes smaller than this are not treated as places (about 6,000 communes are kept). */
export const MIN_POPULATION = 2000;

interface Named {
  nom: string;
  type?: string;
  population?: number;
}

let names: Set<string> | undefined;

/** The key of a place name: folded, hyphens and apostrophes as spaces. */
export function placeKey(name: string): string {
  return fold(name).replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();
}

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const data = (file: string) =>
    require(`@etalab/decoupage-administratif/data/${file}.json`) as Named[];
  const out = new Set<string>();
  for (const r of data('regions')) out.add(placeKey(r.nom));
  for (const d of data('departements')) out.add(placeKey(d.nom));
  for (const c of data('communes')) {
    if (c.type === 'commune-actuelle' && (c.population ?? 0) >= MIN_POPULATION)
      out.add(placeKey(c.nom));
  }
  return out;
}

/** True when a name is a French region, department or commune (see MIN_POPULATION). */
export function isFrenchPlace(name: string): boolean {
  names ??= load();
  return names.has(placeKey(name));
}
