import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news site's comment widget (`参与互动`, once or twice, either script) printed after the value of
 * its page's 来源 field: no part of the source's name. A name that holds the words in its middle is left
 * as it is. Every text here is written for the test.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const headline = "2021年某区环境空气质量优良天数比例为89.6%";
const lede =
  "某某网某市1月14日电 14日,记者从某区生态环境厅获悉,2021年1至12月,某区环境空气质量平均优良天数比例为89.6%,同比下降1.1个百分点。";

describe("a comment widget after a page's source", () => {
  test.each([
    ["twice, glued", "2022年01月14日 15:58 来源:中国某某网参与互动参与互动", "中国某某网"],
    ["once, spaced", "2022-01-14 15:58 来源:某某日报 参与互动", "某某日报"],
    ["traditional", "2022年01月14日 15:58 來源:某某新聞網參與互動", "某某新聞網"],
  ])("(%s) is cut from the source", (_, line, name) => {
    expect(publisherOf(`${headline}\n${line}\n${lede}`)).toBe(name);
  });

  test("the words inside a name stay", () => {
    expect(publisherOf(`${headline}\n2022-01-14 15:58 来源:参与互动研究网\n${lede}`)).toBe(
      "参与互动研究网",
    );
  });
});
