/**
 * Text bound for a terminal: control characters (from a query, a document or a file name)
 * are shown as visible symbols, never sent raw — `\e[2J` would clear the screen, a carriage
 * return overwrite the line, a bidirectional override reorder what is read.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is replaced
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛, ␍…
  if (code === 0x7f) return '\u2421'; // ␡
  return '\uFFFD';
}

/** Keeps newlines and tabs; every other control character becomes a visible symbol. */
export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, visible);
}
