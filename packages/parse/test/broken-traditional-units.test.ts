import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A figure whose traditional scale and unit a page's width broke over two lines (`…用電量876億` /
 * `千瓦時,同比增長8.2%。`; the `pdf-pages` perturbation of `national-electricity-5-trad`): the
 * `unit-normalised` warning stands on the line that holds more of the printed unit, so that the
 * characters the model writes otherwise (`千瓦时`) are accounted for where they stand; on a tie
 * (`7250萬` / `噸以上`, the `pdf-pages` perturbation of `national-grain-2008-trad`) on the later line,
 * where the unit's part runs on into the words after it (the earlier part stands alone after the
 * digits). A part too short to make a run of words, an approximation's mark with it (`80多萬` /
 * `戶職工利用…`, the `rewrap-mid-number` perturbation of
 * `xian-housing-fund-2011-11-neijiangzixun-trad`), leaves the warning to the other line's run,
 * whose changed character (`戶` written `户`) it accounts for. Every example here is written for
 * the rule, not taken from a page.
 */

const head =
  "全社會用電量情況\n\n5月份，全社會用電量6716億千瓦時，同比增\n長7.4%；第一產業用電量95億千瓦時，同比\n";

describe("a traditional unit broken over two lines", () => {
  test.each([
    { text: "增長9.3%；城鄉居民生活用電量876億\n千瓦時，同比增長8.2%。", line: 6 },
    { text: "增長9.3%；城鄉居民生活用電量876億千瓦\n時，同比增長8.2%。", line: 5 },
    { text: "增長9.3%；城鄉居民生活用電量876億千瓦時，\n同比增長8.2%。", line: 5 },
  ])("parseBulletinText: `$text` warns on line $line", ({ text, line }) => {
    const { bulletin, warnings } = parseBulletinText(`${head}${text}`);
    expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toContain("87600000000千瓦时");
    const normalised = warnings.filter(
      (w) => w.code === "unit-normalised" && w.message.includes("千瓦") && w.position.line >= 5,
    );
    expect(normalised.map((w) => w.position.line)).toEqual([line]);
  });

  test.each([
    { text: "全年肉類總產量7250萬\n噸以上，增長5.9%。", line: 6 },
    { text: "全年肉類總產量7250萬噸\n以上，增長5.9%。", line: 5 },
  ])(
    "parseBulletinText: `$text`, a scale and unit of one character each, warns on line $line",
    ({ text, line }) => {
      const { bulletin, warnings } = parseBulletinText(`${head}${text}`);
      expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toContain("72500000吨");
      const normalised = warnings.filter(
        (w) => w.code === "unit-normalised" && w.message.includes("萬噸") && w.position.line >= 5,
      );
      expect(normalised.map((w) => w.position.line)).toEqual([line]);
    },
  );

  test.each([
    { text: "按照有關政策，全市有80多萬\n戶職工利用住房公積金改善了住房條件。", line: 6 },
    { text: "按照有關政策，全市有80多萬戶\n職工利用住房公積金改善了住房條件。", line: 5 },
    { text: "按照有關政策，全市有80多\n萬戶職工利用住房公積金改善了住房條件。", line: 6 },
  ])(
    "parseBulletinText: `$text`, an approximation's mark before the scale, warns on line $line",
    ({ text, line }) => {
      const { bulletin, warnings } = parseBulletinText(`${head}${text}`);
      expect(bulletin.metrics.map((m) => `${m.value}${m.unit}`)).toContain("800000户");
      const normalised = warnings.filter(
        (w) => w.code === "unit-normalised" && w.message.includes("萬戶") && w.position.line >= 5,
      );
      expect(normalised.map((w) => w.position.line)).toEqual([line]);
    },
  );
});
