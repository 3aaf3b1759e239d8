import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Couples counted in pairs (`对`, `對` in traditional copies): `办理结婚登记610.6万对`, `离婚登记
 * 262.2万对`, `结婚登记1234对，`. A scaled count is always one; an unscaled number before a word
 * that opens with 对 (`12345对接`, `110对群众…`) is no count of pairs. Every example is written for
 * the rule, not taken from a page.
 */

const metrics = (sentence: string) =>
  parseBulletinText(`全国婚姻登记情况\n${sentence}`).bulletin.metrics.map((m) => [m.value, m.unit]);

describe("counts of couples in pairs", () => {
  test.each([
    ["全年依法办理结婚登记610.6万对，比上年下降20.5%。", [6106000, "对"]],
    ["民政部门登记离婚262.2万对，法院判决、调解离婚89.1万对。", [2622000, "对"]],
    ["全县办理结婚登记1234对，离婚登记456对。", [1234, "对"]],
    ["全年辦理結婚登記610.6萬對，比上年下降20.5%。", [6106000, "对"]],
  ])("parseBulletinText: `%s` counts %j", (sentence, metric) => {
    expect(metrics(sentence)).toContainEqual(metric);
  });

  test.each([
    "12345对接各部门办理群众诉求356件。",
    "全市110对群众报警求助全部及时处置，共处置警情5821起。",
  ])("parseBulletinText: `%s` counts no pairs (counter-case)", (sentence) => {
    expect(metrics(sentence).filter(([, unit]) => unit === "对")).toEqual([]);
  });
});
