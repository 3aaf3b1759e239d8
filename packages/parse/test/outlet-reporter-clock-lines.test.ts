import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news page's line under its headline naming the site or paper with its reporter's name glued on
 * after it, then the page's date and clock time (`某山网李某 2015-04-15 14:42:16`): the outlet alone
 * is the publisher, the date the issue's. Near-misses keep the whole name: an account whose name
 * goes on after its 网 or 报 (`某某网信`, `某某网站`, `某某报业`), an office's name, a name with
 * no outlet's ending, a tail of four characters. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const headline = "某区一季度就业形势总体平稳 失业率在4%以内";
const lede =
  "4月14日,记者从区人力资源和社会保障局获悉,全区第一季度城镇新增就业1.72万人,比去年同期增加0.13万人。";

describe("an outlet and its reporter before a page's clocked date", () => {
  test.each([
    ["a site and a two-character name", "某山网李敏 2015-04-15 14:42:16", "某山网"],
    ["a paper and a three-character name", "某某日报王小明 2015-04-15 14:42", "某某日报"],
  ])("(%s): the outlet is the publisher", (_, line, name) => {
    const b = read(`${headline}\n${line}\n${lede}`);
    expect(b.publication.publisher?.name).toBe(name);
    expect(b.issue.publishedOn).toBe("2015-04-15");
  });

  test.each([
    ["an account on 网信", "某某网信 2015-04-15 14:42:16"],
    ["a site's account", "某某网站发布 2015-04-15 14:42:16"],
    ["a newspaper group", "某某报业 2015-04-15 14:42:16"],
    ["an account with no outlet's ending", "某市发布 2015-04-15 14:42"],
    ["four characters after the site", "某某网新闻中心 2015-04-15 14:42"],
  ])("(%s) keeps its whole name", (_, line) => {
    const b = read(`${headline}\n${line}\n${lede}`);
    expect(b.publication.publisher?.name).toBe(line.split(" ")[0]);
  });
});
