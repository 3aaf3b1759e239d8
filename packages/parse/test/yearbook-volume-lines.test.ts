import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A yearbook's entry copied with the volume it was printed in on a line of its own over it
 * (`2022卷`, `2021年卷`, `《某市年鉴》2020卷`): the page's, no title; the entry's own headline under it,
 * if any, is the title. A headline that opens with such words (`2022卷烟销售情况`) stays the title.
 * Written for the rule (the corpus's shape, an Inner Mongolia yearbook entry, is the first).
 */

const entry =
  "【概况】 某市政务服务局于2019年3月成立，核定行政编制20名。负责统筹推进全市“放管服”改革和优化政务服务工作。\n【“一网办”】 全市1.2万项事项实现“进一网，能通办”，平台有注册用户246万，其中个人用户227万。";
const headed =
  "某市政务服务工作\n2021年，某市政务服务局推动政务服务“一网办、掌上办、一次办”改革，全市1.2万项事项实现网上可办，平台有注册用户246万。";

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a yearbook's volume over an entry", () => {
  test.each(["2022卷", "2021年卷", "《某市年鉴》2020卷", "某市年鉴 2020卷"])(
    "`%s` is no title",
    (volume) => {
      expect(title(`${volume}\n${entry}`)).toBeUndefined();
    },
  );

  test("the entry's headline under the volume is the title", () => {
    expect(title(`2022卷\n${headed}`)).toBe("某市政务服务工作");
  });
});

describe("headlines that open with such words (counter-cases)", () => {
  test("a headline about 卷烟 stays the title", () => {
    const text =
      "2022卷烟销售情况\n2022年，全市共销售卷烟12.6万箱，同比增长3.2%；实现销售额56.8亿元，同比增长5.1%。";
    expect(title(text)).toBe("2022卷烟销售情况");
  });
});
