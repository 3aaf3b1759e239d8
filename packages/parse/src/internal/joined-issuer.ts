import { sliceLine } from "./run-together";
import type { TextLine } from "./text-line";

/**
 * `附件：1.…情况表` / `2.…名单` / `某县人民政府督查室`, joined as one line over `2022年4月6日`: a 落款's
 * issuer whose input line the repair joined to the line over it (a 附件说明's last file, a ranking's
 * last row `第二名：某某乡 94.2分`: lines that close no sentence). The piece after the line's last
 * joined break, where `isIssuer` takes it for an issuer's name alone, as a line of its own; else
 * undefined. A line the repair joined nothing to has no such piece.
 *
 * @example
 * // line.text `附件：预期目标任务进展情况表某县人民政府督查室`, an input line joined at 14
 * joinedIssuer(line, isOrg)?.text; //=> "某县人民政府督查室"
 */
export function joinedIssuer(
  line: TextLine,
  isIssuer: (name: string) => boolean,
): TextLine | undefined {
  const last = line.breaks?.[line.breaks.length - 1];
  if (last === undefined || last <= 0 || last >= line.text.length) return undefined;
  return isIssuer(line.text.slice(last)) ? sliceLine(line, last, line.text.length) : undefined;
}
