import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy of a page whose markup was left in it (a hijacked site injects empty tags at the head,
 * a list's bullet or number perhaps before them: `<legend id="h4sia"></legend><samp id="h4sia">
 * </samp>`, `• <input id="h4sia"><address id="h4sia"></address>`): a line of tags and nothing else
 * says nothing a reader reads, so it is the page's and the headline under it is the title. Written
 * for the rule (the corpus's shape is the first).
 */

const headline = "前三季度交通运输经济运行情况";
const body =
  "今年三季度交通运输经济总体延续恢复态势。\n\n一、营业性货运量\n\n前三季度，完成营业性货运量376.3亿吨，同比下降2.0%。";

const parse = (head: string) => parseBulletinText(`${head}\n\n${headline}\n\n${body}`).bulletin;

describe("lines of markup only", () => {
  test.each([
    '<legend id="h4sia"></legend><samp id="h4sia"></samp>\n<sup id="h4sia"></sup>\n  • <input id="h4sia"><address id="h4sia"></address>\n    1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n      <wbr id="h4sia">',
    '<td id="cmuwy"><samp id="cmuwy"><big id="cmuwy"></big></samp></td>\n<ul id="cmuwy"></ul>',
    '<div class="article">\n<br/>\n</div>',
  ])("`%s` is the page's: the headline under it is the title", (head) => {
    const b = parse(head);
    expect(b.publication.title).toBe(headline);
    expect(JSON.stringify(b.sections)).not.toMatch(/<\/?[a-z]/);
  });
});

describe("lines with tags and words (counter-cases)", () => {
  test.each([
    ["一、运行情况\n<b>货运量</b>同比下降2.0%。", "货运量"],
    ["一、运行情况\n客运量<10亿人次，同比下降>5%。", "客运量"],
  ])("`%s` stays in the text", (line, kept) => {
    const b = parseBulletinText(`${headline}\n\n${line}\n\n${body}`).bulletin;
    expect(JSON.stringify(b.sections)).toContain(kept);
  });
});
