import { formatQuantity } from "@bulletin/format";
import { parseBulletinText } from "@bulletin/parse";
import { validateBulletin } from "@bulletin/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";

/**
 * Amounts printed to five or six decimals (issue 14, formerly held-out-11): `506.877526万元` is
 * an amount in 万元 to the fen, as donation and fund reports print them. The model's
 * `display.fractionDigits` takes 0–6 since 2026-12-02 (it took 0–4), and the figure reader reads
 * what the model can hold; seven decimals and more stay text. Examples written for the rule.
 */

const metrics = (body: string) => parseBulletinText(`一、工作动态\n${body}`).bulletin.metrics;

describe("figures printed with five or six decimals", () => {
  test.each([
    ["本月接收捐赠款506.877526万元。", 5068775.26, "元", { scale: "万", fractionDigits: 6 }],
    ["拨付资金87.797326万元。", 877973.26, "元", { scale: "万", fractionDigits: 6 }],
    ["累计支出0.12345亿元。", 12345000, "元", { scale: "亿", fractionDigits: 5 }],
    ["平均含量0.000125毫克/升。", 0.000125, "毫克/升", { scale: "none", fractionDigits: 6 }],
    ["称重12.000125吨。", 12.000125, "吨", { scale: "none", fractionDigits: 6 }],
  ])("%s", (body, value, unit, display) => {
    const [metric] = metrics(body);
    expect(metric).toMatchObject({ value, unit, display });
  });

  test("seven decimals stay text: the model cannot print them as printed", () => {
    const { bulletin } = parseBulletinText(
      "一、工作动态\n接收捐赠款506.8775261万元，发放物资300件。",
    );
    expect(bulletin.metrics.map((m) => m.value)).toEqual([300]);
    expect(JSON.stringify(bulletin.sections)).toContain("506.8775261万元");
  });

  test("property: a quantity printed to up to six decimals under 万 or 亿 reads back exactly, valid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 5, max: 6 }),
        fc.constantFrom("万" as const, "亿" as const),
        (units, fractionDigits, scale) => {
          // A value with exactly `fractionDigits` decimals at that scale, e.g. 12.345678万.
          const shift = scale === "万" ? 4 : 8;
          const value = Number(`${units}e${shift - fractionDigits}`);
          const printed = formatQuantity(value, "元", { scale, fractionDigits, trimZeros: false });
          const { bulletin } = parseBulletinText(`一、工作动态\n拨付资金${printed}。`, {
            issue: { number: 1, publishedOn: "2025-01-01" },
            publication: { title: "工作简报", publisher: { name: "某某局" } },
          });
          expect(bulletin.metrics[0]).toMatchObject({ value, display: { scale, fractionDigits } });
          expect(validateBulletin(bulletin).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
