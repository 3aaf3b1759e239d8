import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens with the first of its parallel section heads (issue 14, formerly held-out-10: a
 * price-monitoring weekly, `豬肉類和雞蛋價格` … `主食品和食用油價格` … `蔬菜價格`): a short first line
 * without a number, over a paragraph, and two heading lines further down that end in the same word.
 * It heads a section; the text has no title. Every text here is written for the test.
 */
const read = (lines: string[]) => {
  const { bulletin } = parseBulletinText(lines.join("\n"));
  return { title: bulletin.publication.title, sections: bulletin.sections.map((s) => s.title) };
};

describe("parallel heads at the top of a text", () => {
  test.each([
    {
      what: "price heads",
      lines: [
        "肉类和禽蛋价格",
        "本周牛肉零售均价38.50元/500克，较前周上涨0.8%。",
        "粮食和食用油价格",
        "本周大米零售均价2.45元/500克，与上周持平。",
        "瓜果蔬菜价格",
        "本周青椒零售均价2.60元/500克，苹果4.20元/500克。",
      ],
      sections: ["肉类和禽蛋价格", "粮食和食用油价格", "瓜果蔬菜价格"],
    },
    {
      what: "work heads",
      lines: [
        "来电受理情况",
        "本月共受理来电1200件，同比增长5%。",
        "工单办结情况",
        "本月办结工单1180件，办结率98.3%。",
        "群众满意情况",
        "回访满意率99.1%，较上月提高0.2个百分点。",
      ],
      sections: ["来电受理情况", "工单办结情况", "群众满意情况"],
    },
  ])(
    "parseBulletinText: $what: the first line heads a section, no title",
    ({ lines, sections }) => {
      const r = read(lines);
      expect(r.title).toBeUndefined();
      expect(r.sections).toEqual(sections);
    },
  );

  test.each([
    {
      what: "a title with its period over parallel heads",
      lines: [
        "2024年5月物价监测情况",
        "本月全市物价总体平稳。",
        "粮油价格",
        "大米零售均价2.45元/500克，与上月持平。",
        "蔬菜价格",
        "青椒零售均价2.60元/500克，上涨5.93%。",
      ],
      title: "2024年5月物价监测情况",
    },
    {
      what: "a title over one heading of the same word (too few to tell)",
      lines: [
        "某县物价监测情况",
        "本周全县物价总体平稳，略有上涨。",
        "总体情况",
        "本周监测的32个品种中，12个上涨，20个持平。",
      ],
      title: "某县物价监测情况",
    },
  ])("parseBulletinText: counter-case: $what stays the title", ({ lines, title }) => {
    expect(read(lines).title).toBe(title);
  });
});
