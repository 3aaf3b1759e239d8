import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An aggregating site prints its name and the column a report is filed under, parted by a full
 * stop, and the day it posted the report on a line of their own over the report
 * (`某某镜像.新闻汇总 2022-07-31`): the day dates the page, and the site names no publisher (the
 * report's `消息来源` does). Words after the date, or a month alone, give no date from that line.
 * Every text here is written for the test.
 */

const page = (line: string) =>
  `${line}\n\n消息来源:某某证券报 据某部7月20日消息,今年1至6月全国共办理案件12.3万件,同比增长4.5%,其中审结案件10.1万件,同比增长3.2%,各地办案质量和效率继续提高,群众满意度保持在较高水平。`;

const read = (line: string) => parseBulletinText(page(line)).bulletin;

describe("a site's name and column over the day it posted the report", () => {
  test.each([
    ["某某镜像.新闻汇总 2022-07-31", "2022-07-31"],
    ["某某之窗·要闻汇编 2020-4-26", "2020-04-26"],
  ])("`%s` dates the page", (line, day) => {
    expect(read(line).issue.publishedOn).toBe(day);
  });

  test("the site is not the publisher", () => {
    expect(read("某某镜像.新闻汇总 2022-07-31").publication.publisher?.name).not.toContain(
      "某某镜像",
    );
  });

  test("the lede's `消息来源` names the source before a dateline run on after it", () => {
    const text =
      "某某镜像.新闻汇总 2022-07-31\n\n消息来源:某某证券报 某证报某某网讯 据某部7月20日消息,今年1至6月全国共办理案件12.3万件,同比增长4.5%,其中审结案件10.1万件,同比增长3.2%,各地办案质量和效率继续提高,群众满意度保持在较高水平。";
    expect(parseBulletinText(text).bulletin.publication.publisher?.name).toBe("某某证券报");
  });

  test.each([
    ["words after the date", "某某镜像.新闻汇总 2022-07-31 共有评论"],
    ["a month alone", "某某镜像.新闻汇总 2022-07"],
  ])("%s gives no date", (_, line) => {
    expect(read(line).issue.publishedOn).toBeUndefined();
  });
});
