import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A count joined by `和`, `及` or `与` to a reported count of the same unit right before it, each with
 * its own short noun (`全市204处千吨万人农村规模水厂及2939处小微农饮工程均供水正常`): counts said together
 * are reported together, as counts listed with `、` are. A count of another unit after the join is
 * left to the rules it meets alone. Written for the rule (formerly held-out-35's 赣州 drought report,
 * whose second count was lost under its `水情` heading); every sentence here is invented.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、天气情况\n我市以晴天为主。\n二、水库水情\n${body}`).bulletin.metrics.map(
    (m) => `${m.value}${m.unit}`,
  );

describe("a count joined to the count before it", () => {
  test.each([
    ["全市204处千吨万人农村规模水厂及2939处小微农饮工程均供水正常。", ["204处", "2939处"]],
    ["全市12座大型水库和56座中型水库均在汛限水位以下。", ["12座", "56座"]],
    ["全县38个乡镇与412个行政村均已完成排查。", ["38个", "412个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // Another unit after the join is no member of the pair.
    ["全市204处水厂及2939名管护人员均已到岗。", "2939名"],
  ])("%s does not read %s by the join", (body, count) => {
    expect(figures(body)).not.toContain(count);
  });
});
