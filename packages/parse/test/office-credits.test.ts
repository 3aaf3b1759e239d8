import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Credits of the office that supplied a text, met on the formerly held-out-10 texts (issue 14):
 * a supplier's credit without brackets, naming several offices (`某司某处、某司某处提供`), and a
 * correspondent's credit naming the office and its writer (`（县农业局刘广刚）`). Every example is
 * written for the rule, not taken from a page.
 */

const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const report =
  "5月份，全省港口生产保持平稳。\n全省主要港口完成货物吞吐量3254万吨，同比增长2.1%；集装箱吞吐量61.2万TEU，同比增长6%。";

describe("a supplier's credit under the last paragraph", () => {
  test.each([
    ["某省交通运输厅港航处、某省统计局提供", "某省交通运输厅港航处、某省统计局"],
    ["（某省交通运输厅综合规划处供稿）", "某省交通运输厅综合规划处"],
    ["某市统计局报送", "某市统计局"],
    ["某市統計局、某市發改委提供", "某市統計局、某市發改委"],
  ])("parseBulletinText: `%s` names the office that supplied the text", (credit, name) => {
    expect(publisher(`${report}\n${credit}`)).toBe(name);
  });

  test("parseBulletinText: a stray cell mark under the credit does not hide it", () => {
    expect(publisher(`${report}\n某厅水运处提供\n|`)).toBe("某厅水运处");
  });

  test.each(["数据由某市统计局提供", "（以上数据仅供参考提供）", "某厅水运处、王明提供"])(
    "parseBulletinText: `%s` names no supplying office (counter-case)",
    (credit) => {
      expect(publisher(`${report}\n${credit}`)).toBeUndefined();
    },
  );
});

describe("a correspondent's credit closing the last paragraph", () => {
  test.each([
    ["（县农业局刘广刚）", "县农业局"],
    ["(某区统计局 王明)", "某区统计局"],
    ["（某縣農業農村局 李華）", "某縣農業農村局"],
  ])("parseBulletinText: `%s` names the office", (credit, name) => {
    expect(
      publisher(`一、夏收\n截至6月20日，全县共抢收小麦30万亩，麦收工作全部结束。${credit}`),
    ).toBe(name);
  });

  test.each(["（记者 常钦）", "（详见某市统计局网站）", "（通讯员 陈道强）"])(
    "parseBulletinText: `%s` names no office (counter-case)",
    (credit) => {
      expect(
        publisher(`一、夏收\n截至6月20日，全县共抢收小麦30万亩，麦收工作全部结束。${credit}`),
      ).toBeUndefined();
    },
  );
});
