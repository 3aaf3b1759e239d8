import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's two-line headline right over the report's dateline whose kicker (引题) states the
 * result in an amount (`全年为消费者挽回经济损失近2.96亿元`) and whose main line (主题) names the event
 * with no amount (`我省2020年度消费维权白皮书发布`): the main line is the title and the kicker stays in
 * the text. A kicker without an amount over a main line is still joined to it
 * (kicker-over-dateline-headlines.test.ts). Every text here is written for the test.
 */

const BODY = "2020年，全市市场监管部门共为消费者挽回经济损失29567.28万元，罚没金额9.27亿元。";

const read = (kicker: string, main: string, dateline: string) => {
  const { bulletin } = parseBulletinText(`${kicker}\n\n${main}\n\n${dateline}${BODY}`);
  return {
    title: bulletin.publication.title,
    text: JSON.stringify(bulletin.sections),
  };
};

describe("a kicker stating an amount over a main line stating none", () => {
  test.each([
    {
      kicker: "全年为消费者挽回经济损失近2.96亿元",
      main: "我市2020年度消费维权白皮书发布",
      dateline: "  本报讯 (记者 王某) ",
    },
    {
      kicker: "一季度受理群众诉求12.6万件",
      main: "某市12345热线运行报告出炉",
      dateline: "某某日报某市4月8日讯（记者 李某）",
    },
  ])(
    "parseBulletinText: `$main` is the title, `$kicker` stays in the text",
    ({ kicker, main, dateline }) => {
      const got = read(kicker, main, dateline);
      expect(got.title).toBe(main);
      expect(got.text).toContain(kicker.slice(0, 6));
    },
  );

  test.each([
    // The main line states the amount: kicker and main line, one headline.
    { kicker: "聚焦民生实事", main: "某市新增就业岗位3.2万个" },
    // Both state amounts.
    { kicker: "前三季度受理诉求12.6万件", main: "办结率达99.5%" },
  ])(
    "parseBulletinText: `$kicker` / `$main` stay one headline (counter-case)",
    ({ kicker, main }) => {
      expect(read(kicker, main, "本报讯（记者 王某）").title).toBe(`${kicker}${main}`);
    },
  );
});
