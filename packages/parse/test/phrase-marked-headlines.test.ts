import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news headline whose two or three phrases an exclamation mark parts (`某县存款余额突破千亿大关！某镇新增
 * 超十亿元`), one question mark perhaps closing it (`120亿斤、全省第3！某市粮食产量为何再创新高？`), the
 * lead phrase longer than a cried-out word: the title, over a lede of sentences, as under a breadcrumb
 * or over a news dateline. Near-misses keep their reading (no title): a line with a comma, a colon or a
 * `。`, four marks, a site's greeting (`欢迎访问…！`), such a line over a short line that is no lede; over
 * a page's metadata line a slogan (`热烈庆祝…！祝愿…`) is no headline, as before. Every example is
 * written for the rule.
 */

const lede =
  "金融机构持续加大对县域经济的支持力度,县域经济稳步发展。9月20日,记者从人民银行某县支行获悉,全县各项存款增长较快。";
const second = "截至8月末,全县各项存款余额达1020亿元,同比增长9.4%,比年初增加86亿元。";

const titleOf = (lines: string[]) =>
  parseBulletinText(lines.join("\n\n")).bulletin.publication.title;

describe("a headline whose phrases an exclamation mark parts", () => {
  test.each([
    [
      "over its lede",
      ["某县存款余额突破千亿大关!某镇新增超十亿元", lede, second],
      "某县存款余额突破千亿大关！某镇新增超十亿元",
    ],
    [
      "a count, then a question closing it, under a breadcrumb",
      ["当前所在:首页 > 农业 > 正文", "120.5亿斤、全省第3!某市粮食产量为何再创新高?", lede, second],
      "120.5亿斤、全省第3！某市粮食产量为何再创新高？",
    ],
  ])("%s: the title", (_name, lines, title) => {
    expect(titleOf(lines)).toBe(title);
  });

  test.each([
    [
      "a comma between its phrases",
      ["某县存款余额突破千亿大关,好消息!某镇新增超十亿元", lede, second],
    ],
    ["a colon", ["数据告诉你:某县存款余额突破千亿大关!某镇新增超十亿元", lede, second]],
    ["four marks", ["大关!突破了!新增了!超十亿元了!", lede, second]],
    ["a site's greeting", ["欢迎访问某某县金融信息网!本站全新改版上线", lede, second]],
    [
      "over a short line that is no lede",
      ["某县存款余额突破千亿大关!某镇新增超十亿元", "存款增长", "贷款增长"],
    ],
    ["a full stop", ["某县存款余额突破千亿大关!某镇新增超十亿元。", lede, second]],
  ])("%s: no title", (_name, lines) => {
    expect(titleOf(lines)).toBeUndefined();
  });
});
