import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy of a report whose parts are headed by their topic announced alone on a line
 * (`总体情况如下：` / `重点区域情况如下：` / `县（区）排名如下：`), in a text that numbers no section: with
 * two or more such lines, as with labels (`北京市：`), each heads a section of the text under it.
 * `具体情况如下：` and `有关情况如下：` (words pointing back at the sentence over them), a sentence that
 * announces (`2020年，某市外贸进出口情况如下：`, `现将督查情况通报如下：`) and a long line head nothing.
 * Written for the rule (the corpus's shape, a provincial 空气质量 monthly's news copy, is the first).
 */

const sectionsOf = (text: string) => parseBulletinText(text).bulletin.sections.map((s) => s.title);

describe("topics announced alone on their lines head the parts", () => {
  test.each([
    [
      "an air-quality monthly",
      "12月5日，某省生态环境厅发布11月全省环境空气质量状况。\n总体情况如下：\n11月，全省城市环境空气质量综合指数平均为3.12，同比下降5.1%。\n城市排名情况如下：\n11月，甲市、乙市等城市空气质量相对较好。",
      ["总体情况如下", "城市排名情况如下"],
    ],
    [
      "a bracketed note among the words, ASCII colons",
      "某市发布1-6月水环境质量状况。\n断面水质情况如下:\n上半年，全市32个国控断面水质优良比例为90.6%。\n区（县）排名如下:\n上半年，甲区、乙县水质相对较好。",
      ["断面水质情况如下", "区（县）排名如下"],
    ],
  ])("%s", (_, text, titles) => {
    for (const t of titles) expect(sectionsOf(text)).toContain(t);
  });
});

describe("lines announcing what follows that head nothing (counter-cases)", () => {
  test.each([
    [
      "words pointing back",
      "本月共受理群众诉求1200件，办结率98%。\n具体情况如下：\n城乡建设类诉求320件。\n有关情况如下：\n交通运输类诉求210件。",
      ["具体情况如下", "有关情况如下"],
    ],
    [
      "sentences that announce",
      "2020年，某市外贸进出口情况如下：\n前8个月，全市进出口总额512亿元。\n现将督查情况通报如下：\n各地共整改问题45个。",
      ["2020年，某市外贸进出口情况如下", "现将督查情况通报如下"],
    ],
  ])("%s", (_, text, heads) => {
    const titles = sectionsOf(text);
    for (const h of heads) expect(titles).not.toContain(h);
  });
});
