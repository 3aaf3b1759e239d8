import { describe, expect, test } from "vitest";
import { parsedView } from "./masthead-facts";

/**
 * A report signed at its head: its title, then the body that wrote it after a pair of dashes on the
 * line right under it (`某某工程建设汇报材料` / `——某县广播电视台`), nothing else on the line. When
 * nothing else names the publisher, the body is the publisher. Near-misses name none: a dashed
 * subtitle (`——某省12345热线调研报告`, `——来自某县统计局的调查`), a dashed phrase of a point, a dashed
 * body's name far under the title. Every text here is written for the test.
 */

const TITLE = "广播电视村村通工程建设汇报材料";
const BODY =
  "\n“十一五”期间,我台在县委、县政府的正确领导下,细化“村村通”工程建设任务。\n于2010年底已全面完成了全县20户以上通电自然村广播电视全覆盖工程建设任务。";
const read = (text: string) => parsedView(text, ["title", "publisher"]);

describe("a body dashed under a report's title", () => {
  test.each([
    ["a county's station", "——某某县广播电视台", "某某县广播电视台"],
    ["an office, a space after the dashes", "—— 某某县水务局", "某某县水务局"],
    ["a bureau, full-width hyphens", "－－某市统计局", "某市统计局"],
    ["a media centre", "——某县融媒体中心", "某县融媒体中心"],
  ])("(%s) names the publisher", (_, line, name) => {
    expect(read(`${TITLE}\n${line}${BODY}`)).toEqual({ title: TITLE, publisher: name });
  });

  test.each([
    ["a report's subtitle", "以市民诉求驱动社会治理进阶", "——某省12345热线调研报告"],
    ["a survey's subtitle naming a body inside", "某县2021年工作总结", "——来自某县统计局的调查"],
    ["a dashed phrase", TITLE, "——总体平稳"],
  ])("(%s) names no publisher", (_, title, line) => {
    expect(read(`${title}\n${line}${BODY}`).publisher).toBeUndefined();
  });

  test("a dashed body's name far under the title names none", () => {
    expect(read(`${TITLE}${BODY}\n——某某县广播电视台${BODY}`).publisher).toBeUndefined();
  });
});
