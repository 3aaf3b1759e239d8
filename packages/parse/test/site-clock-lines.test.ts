import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's clock over a page's headline: a full date and its day of the week alone on a line
 * (`2023年03月29日 星期三`), perhaps with the time (`2024年7月18日 星期一 19:43:55`). It is page
 * furniture: the headline under it is the title, and a clock that ticks to the second gives no
 * date. A page's date line without a weekday stays its date. Every text here is written for the
 * test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;

const headline = "上半年全市城镇新增就业5.2万人";
const fields = "发布日期:2019-07-26\n信息来源:某某日报";
const lede =
  "25日,市人社局发布上半年就业成绩单。1-6月,全市城镇新增就业5.2万人,完成全年目标任务的60%。";

describe("a site's clock over a page's head", () => {
  test.each([
    ["a date and its weekday", "2023年03月29日 星期三"],
    ["no space before the weekday", "2023年3月29日星期三"],
    ["a numeric date", "2023-3-29 星期三"],
    ["周 for the weekday", "2023年03月29日 周三"],
  ])("(%s) is no title", (_, clock) => {
    const b = read(`${clock}\n${headline}\n完成全年目标任务60%\n${fields}\n${lede}`);
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toBe("2019-07-26");
  });

  test("a clock ticking to the second gives no date, the headline under it the title", () => {
    const b = read(`2024年7月18日 星期一 19:43:55\n\n${headline}\n\n${lede}`);
    expect(b.publication.title).toBe(headline);
    expect(b.issue.publishedOn).toBeUndefined();
  });
});

describe("lines of another shape", () => {
  test("a page's date line with its time and no weekday stays its date", () => {
    const b = read(`${headline}\n2019-07-26 08:40:08\n${lede}`);
    expect(b.issue.publishedOn).toBe("2019-07-26");
  });

  test("a date and weekday without seconds over a text with no page head stays the date", () => {
    const b = read(`2019年7月26日 星期五\n${headline}\n${lede}`);
    expect(b.issue.publishedOn).toBe("2019-07-26");
  });
});
