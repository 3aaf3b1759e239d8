import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An attachment's file name on a line of its own over the 落款 (`附件1 某区食品抽查情况.xls` /
 * `某市某区市场监督管理局` / `2021年5月8日`): the file's extension ends the line, so the issuer's name
 * under it is no part of it and the 落款 gives the publisher and the date. Near-misses: a line
 * ending in a Latin word that is no file's extension goes on as before. Every text here is
 * written for the test.
 */

const read = (text: string) => {
  const { bulletin } = parseBulletinText(text);
  return {
    publisher: bulletin.publication.publisher?.name,
    publishedOn: bulletin.issue.publishedOn,
    text: JSON.stringify(bulletin.sections),
  };
};

const BODY =
  "根据《中华人民共和国食品安全法》等有关规定,我局组织开展了食品安全监督抽检工作。\n本次抽检了食用农产品等5类食品共计86批次,经检验,不合格产品2批次。\n特此公告。";

describe("an attachment's file name over the 落款", () => {
  test.each([
    { what: "a spreadsheet", file: "附件1 2020年某区食品安全监督抽检情况.xls" },
    { what: "a document, upper case", file: "附件：某区食品抽检不合格产品名单.DOCX" },
    { what: "a PDF", file: "附件2 某区食品抽检结果.pdf" },
  ])("parseBulletinText: $what", ({ file }) => {
    const got = read(`${BODY}\n${file}\n某市某区市场监督管理局\n2021年5月8日`);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual({
      publisher: "某市某区市场监督管理局",
      publishedOn: "2021-05-08",
    });
  });

  test("parseBulletinText: a Latin word that is no extension goes on", () => {
    const got = read(
      "根据有关规定,我局组织开展了食品安全监督抽检工作,抽检结果已上传至OA\n系统并通报各有关单位,请各单位及时查阅。",
    );
    expect(got.text).toContain("OA系统");
  });
});

/** A government site's footer under the 落款 (its host, its record numbers). */
const SITE_FOOT =
  "主办:某市某区人民政府办公室 承办:某市某区数据局\n政府网站标识码:1101020002 京ICP备12345678号-1";

describe("an attachment note of several numbered files over the 落款, the site's footer under it", () => {
  test.each([
    {
      what: "two files, the second numbered on its own line",
      note: "附件:1. 本次检验项目.docx\n2. 不合格项目说明.docx",
    },
    {
      what: "three files, full-width marks",
      note: "附件：1．检验项目.docx\n2．不合格产品名单.xls\n3．不合格项目说明.pdf",
    },
  ])("parseBulletinText: $what", ({ note }) => {
    const got = read(`${BODY}\n${note}\n某市某区市场监督管理局\n2021年5月8日\n${SITE_FOOT}`);
    expect({ publisher: got.publisher, publishedOn: got.publishedOn }).toEqual({
      publisher: "某市某区市场监督管理局",
      publishedOn: "2021-05-08",
    });
  });
});
