/** Control characters a terminal may obey: C0 (line breaks and tabs too), DEL and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

const escapeOne = (c: string): string => {
  const n = c.charCodeAt(0);
  if (n === 10) return "\\n";
  if (n === 9) return "\\t";
  if (n === 13) return "\\r";
  return `\\u${n.toString(16).padStart(4, "0")}`;
};

/**
 * A one-line message with every control character written out (`\u001b`, `\n`), so that
 * text from a file (a name, a value, a parser's complaint about a byte) cannot move the
 * cursor, clear the screen or set the window title of the terminal that shows it.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}
