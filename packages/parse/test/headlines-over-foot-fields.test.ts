import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A web page copied with its head at its foot: the article's text, then its headline, then the
 * page's own source or date field right under it (`来源：本站`, `发布日期：…`). The headline is the
 * title; a heading over a field that names no source or date, or with no sentence above it, is
 * none. Every text here is written for the test.
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

const body =
  "2019年上半年,全市各地在各类重大招商活动中签约项目120个,总投资约300亿元。截至目前,项目落地率达到65%。";
const more = "下一步,全市将继续加强项目跟踪服务,推动签约项目尽快落地。";
const headline = "全市上半年招商签约项目推进落实成效明显";

describe("a headline at the page's foot over its source or date field", () => {
  test.each([
    ["one line of text above, a source under it", [body, headline, "来源:本站"]],
    ["source and date on one line", [body, more, headline, "来源: 发布日期:2019-07-19 打印"]],
    ["a date with its time", [body, more, headline, "发布时间:2019-07-19 09:30"]],
    ["traditional fields", [body, more, "全市上半年招商簽約項目推進落實成效明顯", "來源:本站"]],
  ])("(%s) is the title", (_, lines) => {
    expect(title(lines.join("\n"))).toBe(lines[lines.length - 2]);
  });

  test.each([
    ["over an editor's credit", [body, more, headline, "责任编辑:王某"]],
    ["a column's short name", [body, more, "招商动态", "来源:本站"]],
    ["an editor's field", [body, more, "责任编辑:某市日报王某某", "来源:本站"]],
    ["a reporter's credit", [body, more, "本报记者王某某李某某整理", "来源:本站"]],
    ["over no field", [body, more, headline]],
  ])("a heading of another shape (%s) is no title", (_, lines) => {
    expect(title(lines.join("\n"))).toBeUndefined();
  });
});
