/**
 * What one question may cost. Discord caps every text option at this length; the console and
 * `npm run ask` apply the same cap, and the answers check it again, whoever calls them.
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * Longest word searched with typo tolerance: MiniSearch's fuzzy match allocates a table that
 * grows with the square of the word's length (a 100,000-letter word asked for 10 GB). No
 * French word comes close.
 */
export const MAX_FUZZY_WORD = 30;

/** The French message for a text that is too long, or undefined when it fits. */
export function tooLong(what: string, value: string): string | undefined {
  return value.length > MAX_QUERY_LENGTH
    ? `${what} dépasse ${MAX_QUERY_LENGTH} caractères (${value.length} caractères).`
    : undefined;
}
