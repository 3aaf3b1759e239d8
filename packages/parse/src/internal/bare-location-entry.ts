import { offsetAt, type TextLine } from "./text-line";
import { simplified } from "./web-page";

/**
 * `您的当前位置：`, `当前位置：`, `您现在的位置：` alone on its line: a page's location label whose path
 * (`首页 > …`) the copy lost.
 */
const BARE_LOCATION = /^[您你]?的?(?:当前|现在|目前)(?:所在)?的?位置\s*[：:]?$/;

/** `物业管理`, `税收收入`: a short name of two to four Han characters (a yearbook entry's, a column's). */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,4}$/;

/**
 * `您的当前位置：` / `物业管理` / (`物业管理`) / `2016年，行署…。`: a yearbook database's page, its
 * location label alone (the path lost, {@link BARE_LOCATION}, among `webLines`, the lines the
 * filter dropped) straight over a short name ({@link SHORT_NAME}, `first`, the text's first line):
 * the name is the entry's heading, its title, though it is as short as a column's (since
 * 2026-12-08). Near-misses: a name under a location label with its path (`当前位置：首页 > 政务`),
 * under no label, or a longer line.
 */
export function isEntryUnderBareLocation(
  first: TextLine | undefined,
  webLines: readonly TextLine[],
): boolean {
  if (first === undefined || !SHORT_NAME.test(first.text.trim())) return false;
  const from = offsetAt(first, 0);
  if (from === undefined) return false;
  let label: TextLine | undefined;
  let at = -1;
  for (const w of webLines) {
    const k = offsetAt(w, 0);
    if (k !== undefined && k < from && k > at) {
      at = k;
      label = w;
    }
  }
  return label !== undefined && BARE_LOCATION.test(simplified(label.text.trim()));
}
