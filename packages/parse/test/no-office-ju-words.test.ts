import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A headline that ends with a word closed by 局 that names a state of things, no office
 * (`…实现良好开局`, `…已成定局`, `…加快布局`, `…新格局`): the title, not the publisher's name, over
 * the report's first paragraph. A name that ends with an office's 局 (`某市统计局`, `某县邮局`) alone
 * over the paragraph stays the issuer. Every text is written for the test.
 */

const body =
  "“农业生产稳中提质。”在某省政府新闻办29日召开的新闻发布会上，某省农业农村厅副厅长如是说。\n截至9月末，某省猪、牛、羊分别发展到448.4万头、74.8万头和147.8万只，同比分别增长4%、12%和10.2%。";

describe("a headline closed by a word of 局 that is no office", () => {
  test.each([
    ["某省粮食丰收已成定局"],
    ["一季度某市经济实现良好开局"],
    ["某区新能源产业加快布局"],
    ["某县县域经济发展形成新格局"],
    ["某市统筹发展服务全省大局"],
  ])("parseBulletinText: `%s` is the title and names no publisher", (headline) => {
    const { bulletin } = parseBulletinText(`${headline}\n${body}`);
    expect(bulletin.publication.title).toBe(headline);
    expect(bulletin.publication.publisher?.name).not.toBe(headline);
  });
});

describe("an office's name closed by 局", () => {
  test.each([["某市统计局"], ["某县邮政局"], ["某某书局"], ["某省林业和草原局"]])(
    "parseBulletinText: `%s` over the paragraph names the publisher, no title",
    (issuer) => {
      const { bulletin } = parseBulletinText(`${issuer}\n${body}`);
      expect(bulletin.publication.title).toBeUndefined();
      expect(bulletin.publication.publisher?.name).toBe(issuer);
    },
  );
});
