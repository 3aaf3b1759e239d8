import { isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";

/**
 * `——某县广播电视台`, `—— 某市水务局`: the body that wrote a report, after a pair of dashes on the
 * line right under its title (as a 汇报材料 or 工作总结 is signed at its head), nothing else on the
 * line: group 1 the body's name (two to thirty characters, {@link isOrg} or {@link STATION} asked of it). Near-misses:
 * a dashed subtitle (`——某省12345热线调研报告`, `——来自某市的调查`: no body's name), a delivery line
 * (`——2021年12月28日在…会议上`), a dashed point (`——理论学习扎实深入。…`: a sentence).
 */
const DASHED_BODY = /^\s*(?:——|－－|--)\s*([\u4e00-\u9fff（）()]{2,30})\s*$/;

/** `某县广播电视台`, `某某日报社`, `某县融媒体中心`: a station's or a paper's name, a body's too. */
const STATION = /(?:电视台|广播台|报社|融媒体中心)$/;

/** Lines from the text's top the title may stand on. */
const MAX_TITLE_LINE = 3;

/**
 * The body a {@link DASHED_BODY} line right under the title (one of the text's first lines,
 * `title` as printed) names, else undefined. Read only when nothing else names the publisher.
 */
export function dashedIssuerUnderTitle(
  lines: readonly TextLine[],
  title: string | undefined,
): string | undefined {
  if (title === undefined) return undefined;
  for (let k = 0; k < Math.min(lines.length - 1, MAX_TITLE_LINE); k++) {
    if ((lines[k] as TextLine).text.trim() !== title) continue;
    const next = (lines[k + 1] as TextLine).text;
    if (!next.includes("—") && !next.includes("－") && !next.includes("--")) return undefined;
    const name = DASHED_BODY.exec(next)?.[1];
    return name !== undefined && (isOrg(name) || STATION.test(name)) ? name : undefined;
  }
  return undefined;
}
