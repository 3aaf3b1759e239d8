import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's field whose value is a date (`归档时间：2024/2/27 12:33:21`, `更新日期：2023-05-06`) over
 * its headline, above the page's metadata line: page furniture, no title; the headline under it is
 * the title. A heading that holds a date without a label, or a field with words after its date, is
 * not such a field. Every text here is written for the test.
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

const headline = "县市场监管局以抽检促监管提升食品安全工作效能";
const meta = "来源:县市场监管局 发布时间:2022-12-12 15:02:47";
const lede =
  "2022年,县市场监管局落实经费120余万元,扎实开展食品安全监督抽检工作。全年共完成食品抽检1360批次。";

describe("a page's date field over its headline", () => {
  test.each([
    ["a slashed date and its time", "归档时间:2024/2/27 12:33:21"],
    ["a numeric date", "更新日期:2023-05-06"],
    ["a date in words, full-width colon", "生成日期：2023年5月6日"],
  ])("(%s) is no title", (_, field) => {
    expect(title(`${field}\n${headline}\n${meta}\n${lede}`)).toBe(headline);
  });

  test("a heading holding a date, no label, is still a heading of the head", () => {
    const dated = "2024年2月27日县市场监管局召开食品安全抽检工作推进会议";
    expect(title(`${dated}\n${meta}\n${lede}`)).toBe(dated);
  });

  test("a field with words after its date is not passed over as one", () => {
    const line = "归档时间：2024/2/27 县市场监管局食品安全抽检工作情况";
    expect(title(`${line}\n${headline}\n${meta}\n${lede}`)).toBe(line.replace(" ", ""));
  });
});
