import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report's first sentence opening with the occasion it is written on (`在“3·15”国际消费者权益日
 * 到来之际，`, `值此新春佳节之际，`; tuning batch s9c), before its lead-in and the year it reports
 * on: a lead-in too, so the year after it is the report's span. Examples written for the rule.
 */

const periodOf = (text: string) => parseBulletinText(text).bulletin.issue.period;
const HEADLINE = "全市消费维权工作取得新成效";

describe("an occasion clause before the report's year", () => {
  test.each([
    {
      lede: "在“3·15”国际消费者权益日到来之际，记者从市市场监管局获悉，2023年我市消费维权工作成效显著。",
      year: 2023,
    },
    { lede: "值此新春佳节之际，2024年全市共受理群众诉求1.2万件，办结率98%。", year: 2024 },
    { lede: "在全国节能宣传周到来之际，据了解，2022年全县节能降耗成效明显。", year: 2022 },
  ])("parseBulletinText: `$lede` reports on $year", ({ lede, year }) => {
    expect(periodOf(`${HEADLINE}\n${lede}`)).toEqual({ kind: "year", year });
  });

  test.each([
    { lede: "在全市各部门共同努力下，我市消费维权工作成效显著，2023年目标已完成。" },
    { lede: "在此之际，我市消费维权工作成效显著。" },
  ])("parseBulletinText: `$lede` states no span it reports on", ({ lede }) => {
    expect(periodOf(`${HEADLINE}\n${lede}`)).toBeUndefined();
  });
});
