import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page whose layout grid a Markdown copy turned into a table: the headline with empty cells
 * after it (`标题 | ||||`), a rule row under it (`---|---|---|`) and the page's date and source
 * line (`http://… 2004年10月22日 17:12 某某网 | ||||`), then the report under its dateline. The rule
 * row is the page's, as under a file-information grid: the report's first line is the dateline,
 * whose outlet is the publisher. A Markdown table (inside the text or opening it) keeps its rule row. Every text
 * here is written for the test.
 */

const dateline =
  "新华网济南10月22日电(记者王某)某省统计局22日对外公布数字,前三季度全省生产总值10575.4亿元。";

describe("a Markdown rule row under a headline with empty cells", () => {
  test.each([
    ["bare dashes", "---|---|---|---|"],
    ["bars at both ends", "|---|---|---|"],
    ["aligned columns", ":---|:---:|---:|"],
    ["one column", "---|"],
  ])("%s: the dateline under it names the publisher", (_, rule) => {
    const { bulletin } = parseBulletinText(
      `某省前三季度生产总值首过万亿 | |||\n${rule}\nhttp://www.example.com 2004年10月22日 17:12 新华网 | |||\n${dateline}`,
    );
    expect(bulletin.publication.title).toBe("某省前三季度生产总值首过万亿");
    expect(bulletin.publication.publisher?.name).toBe("新华网");
    expect(JSON.stringify(bulletin.sections)).not.toContain("---");
  });

  test("traditional characters: the dateline's 新華網", () => {
    const { bulletin } = parseBulletinText(
      "某省前三季度生產總值首過萬億 | |||\n---|---|---|\n新華網濟南10月22日電(記者王某)某省統計局22日對外公布數字,生產總值10575.4億元。",
    );
    expect(bulletin.publication.publisher?.name).toBe("新華網");
  });

  test("a Markdown table after the first sentence keeps its head and rows", () => {
    const { bulletin } = parseBulletinText(
      "某市前三季度经济运行情况\n\n前三季度,全市经济稳中有进。\n\n| 指标 | 数值 |\n|---|---|\n| 地区生产总值 | 1205亿元 |\n| 固定资产投资 | 320亿元 |\n",
    );
    const table = bulletin.sections[0]?.items[0]?.body.find((b) => !Array.isArray(b));
    expect(table).toMatchObject({ type: "table", head: [[["指标"], ["数值"]]] });
    expect(table).toHaveProperty("rows.length", 2);
  });

  test("a Markdown table opening the text keeps its head and rows", () => {
    const { bulletin } = parseBulletinText(
      "| 指标 | 数值 |\n|---|---|\n| 地区生产总值 | 1205亿元 |\n| 固定资产投资 | 320亿元 |\n\n前三季度,全市经济稳中有进。\n",
    );
    const table = bulletin.sections[0]?.items[0]?.body.find((b) => !Array.isArray(b));
    expect(table).toMatchObject({ type: "table", head: [[["指标"], ["数值"]]] });
  });

  test("dashes inside a sentence are text", () => {
    const { bulletin } = parseBulletinText(
      "某省前三季度生产总值首过万亿\n\n增速---同比提高1.8个百分点---位居全国前列。",
    );
    expect(JSON.stringify(bulletin.sections)).toContain("位居全国前列");
  });
});
