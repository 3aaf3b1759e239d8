import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A level the text says stands now (issue 15, formerly held-out-14: a province's 外贸 news,
 * `比重从去年同期的62.1%降到了目前32.3%`): `前` closes the word `目前` (or `当前`, `當前`), not a
 * rank or a span (`前3名`, `前10个月`), so the figure after it is read. Every text here is written
 * for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => `${m.value}${m.unit}`);

describe("a figure after 目前 or 当前", () => {
  test.each([
    ["占比从去年的45.2%降到了目前30.1%。", ["45.2%", "30.1%"]],
    ["累计受理投诉，目前1256件已办结。", ["1256件"]],
    ["全市入驻企业达到当前386家。", ["386家"]],
    ["比重升至目前的40%，当前12.5%为进口。", ["40%", "12.5%"]],
    ["在库項目當前215個。", ["215个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A rank, a span counted from the start and a time early stay text.
    ["排名全省前3名。"],
    ["前10个月累计完成投资。"],
    ["提前15天完成任务。"],
    ["此前2次检查均合格。"],
  ])("%s holds no figure after 前", (body) => {
    expect(figures(body)).toEqual([]);
  });
});

describe("a level moved from, before 到了 or 到目前", () => {
  const moved = (body: string): string[] =>
    parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
      .bulletin.metrics.slice(1)
      .map((m) => `${m.value}${m.unit}`);

  test.each([
    ["网上办理占比由去年的62.1%提高到了目前92.3%，群众满意。", ["62.1%", "92.3%"]],
    ["网上办理占比由62.1%提高到了92.3%，群众满意。", ["62.1%", "92.3%"]],
    ["即办件比例从45%上升到目前的80%，群众满意。", ["45%", "80%"]],
    ["办理时限由20个工作日压缩到了5个工作日，群众满意。", ["20个工作日", "5个工作日"]],
  ])("%s → %j", (body, expected) => {
    expect(moved(body)).toEqual(expected);
  });

  test("a level that moved to words, not a figure, is not a level moved from", () => {
    expect(moved("网上办理占比由62.1%提高到了新的水平，群众满意。")).toEqual([]);
  });
});
