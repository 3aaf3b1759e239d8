import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's greeting over a page converted to traditional characters (`您好,歡迎訪問中國食品安全網!`,
 * the converter's pinyin after some characters perhaps: `網(wǎng)`): furniture, as the same greeting
 * in simplified characters is, so the headline under it is the title. Excerpts from
 * national-farmland-2022-kuoxiong-trad (formerly held-out-223) and datong-food-sampling-2021-trad.
 */

const HEADLINE = "去年全國耕地凈增加約130萬畝";
const DATE_LINE = "2023-04-13 10:20來源:人民日報海外版 編輯:王欣童";
const LEDE =
  "自然資源部近日發布的《2022年中國自然資源統計公報》顯示,2022年全國耕地面積為19.14億畝,比上年末凈增加約130萬畝。";

const title = (lines: readonly string[]) =>
  parseBulletinText(lines.join("\n")).bulletin.publication.title;

describe("a greeting in traditional characters over the headline", () => {
  test.each([
    ["您好,歡迎訪問中國食品安全網!"],
    ["您好,歡迎訪問(wèn)中國(guó)食品安全網(wǎng)!"],
    ["歡迎光臨某某市人民政府網站"],
  ])("`%s` is no title", (greeting) => {
    expect(title([greeting, "", HEADLINE, "", DATE_LINE, "", LEDE])).toBe(HEADLINE);
  });
});

describe("lines with 歡迎 that are the text's (near-misses)", () => {
  test("a sentence welcoming the public stays in the body", () => {
    const { bulletin } = parseBulletinText(
      [HEADLINE, DATE_LINE, LEDE, "歡迎社會各界對耕地保護工作提出意見和建議。"].join("\n"),
    );
    expect(JSON.stringify(bulletin.sections)).toContain("歡迎社會各界");
  });
});
