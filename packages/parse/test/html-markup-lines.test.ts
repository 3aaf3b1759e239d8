import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copy that kept its page's HTML (`<p style="text-align: center;"><b>督查推进组</b></p> <p>…</p>`)
 * reads as the lines the page showed: block tags part lines, inline tags go. Text holding an angle
 * bracket that is no tag (`<5%`, `<<某书>>`), or one or two tags only, stays as printed. Every text
 * here is written for the test.
 */

const html = (parts: string[]): string => parts.join(" ");

describe("a page's HTML kept in a copy", () => {
  test.each([
    [
      "paragraphs with centred bold heads",
      html([
        '<p class="x">某区今日空气质量为良，首要污染物为PM10。</p>',
        '<p class="x" style="text-align: center;"><b>督查推进组</b></p>',
        '<p class="x"> 检查施工工地12个，发现问题3个，现场要求立即整改。</p>',
        '<p class="x" style="text-align: center;"><strong>网格管理组</strong></p>',
        '<p class="x"> 审核网格案件16起，均已办结。</p>',
      ]),
      ["督查推进组", "网格管理组"],
    ],
    [
      "divs and breaks",
      '<div>某区今日空气质量为良。</div><div><span style="font-weight:bold">督查推进组</span></div><div>检查施工工地12个，发现问题3个。<br/>现场要求立即整改。</div><div><b>网格管理组</b></div><div>审核网格案件16起。</div>',
      ["督查推进组", "网格管理组"],
    ],
  ])("%s", (_, text, headings) => {
    const { bulletin } = parseBulletinText(text);
    const titles = bulletin.sections.map((s) => s.title);
    for (const h of headings) expect(titles).toContain(h);
    expect(JSON.stringify(bulletin)).not.toMatch(/<\/?(?:p|b|div|span|strong)\b/);
  });

  test.each([
    [
      "a less-than sign",
      "某区空气质量良好。\nPM2.5浓度<35微克/立方米的天数为20天。\n超标天数<5天。",
      "浓度<",
    ],
    [
      "a title's doubled brackets",
      "某区空气质量良好。\n印发<<某区空气质量管控方案>>。\n执行<<某区扬尘治理办法>>。",
      "<<某区扬尘治理办法>>",
    ],
    [
      "two tags only",
      "<p>某区空气质量良好。</p>\n<p>超标天数为5天。</p>",
      "<p>某区空气质量良好。</p>",
    ],
  ])("%s stays as printed", (_, text, kept) => {
    const { bulletin } = parseBulletinText(text);
    expect(JSON.stringify(bulletin)).toContain(kept);
  });
});
