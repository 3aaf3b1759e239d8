import { GOVERNMENT } from "./page-foot";
import { isOrg } from "./read-masthead";
import { offsetAt, type TextLine } from "./text-line";
import { isBreadcrumb, simplified } from "./web-page";

/** A place or the state in an office's full name (`某市`, `某省`, `中华人民共和国`). */
const PLACED = /[省市县區区州盟旗]|中华人民共和国|国家/;
/** Longest name read. */
const MAX_NAME = 24;
/** Text lines under the name the breadcrumb may stand before (the site's date or a division's name between). */
const BREADCRUMB_REACH = 3;

/**
 * `某市审计局` / `当前位置：首页 > 政务公开 > …`: a department's own site copied whole, its name alone on the
 * page's first line (an office's, {@link isOrg}, with its place, {@link PLACED}; not a government's portal,
 * {@link GOVERNMENT}) and the page's breadcrumb ({@link isBreadcrumb}; among `webLines`, the lines the
 * filter dropped) under it, within the next {@link BREADCRUMB_REACH} of the text's `lines`: the office, as
 * printed; else undefined. A greeting (`欢迎访问某局网站`), on the name's line or over it, or a name with no
 * place (`发展规划部`) names none.
 *
 * @example
 * officeSiteAtop(lines, webLines) // `某市审计局` for `某市审计局` / `当前位置:首页 > 政务公开` / `关于…的报告`
 */
export function officeSiteAtop(
  lines: readonly TextLine[],
  webLines: readonly TextLine[],
): string | undefined {
  const first = lines[0];
  const name = first?.text.trim() ?? "";
  if (first === undefined || name.length > MAX_NAME || name.length < 4) return undefined;
  const simple = simplified(name);
  if (!PLACED.test(simple) || GOVERNMENT.test(simple) || simple.includes("欢迎") || !isOrg(simple))
    return undefined;
  const from = offsetAt(first, 0) ?? -1;
  // (The page's first line: a greeting or a menu over the name, `欢迎进入某局网站!`, is a portal's head.)
  if (webLines.some((w) => (offsetAt(w, 0) ?? from) < from)) return undefined;
  const to = offsetAt(lines[BREADCRUMB_REACH] ?? first, 0) ?? -1;
  const crumbed = webLines.some((w) => {
    const k = offsetAt(w, 0) ?? -1;
    return k > from && (to <= from || k < to) && isBreadcrumb(w.text.trim());
  });
  return crumbed ? name : undefined;
}
