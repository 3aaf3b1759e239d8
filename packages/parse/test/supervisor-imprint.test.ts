import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A newspaper's imprint over a copied report (session 42, s42d): the line naming the body the paper
 * answers to (`某某省交通运输厅主管`, a body's name closed by 主管, no colon), over its `某某报社主办`.
 * It is the paper's line, dropped, so the headline under it is the title. Near-misses: a role
 * (`财务主管`), a body's name run on into more words (`某局主管副局长`), a line with a colon.
 * Examples written for the rule.
 */

const HEADLINE = "某省一季度公路货运量稳步回升";
const BODY =
  "2024-04-12 09:30:00来源:某某交通报    作者:王某\n\n据某省交通运输厅消息，一季度全省完成公路货运量3.2亿吨，同比增长5.1%。\n";
const parse = (head: string) => parseBulletinText(`${head}\n\n${HEADLINE}\n${BODY}`);
const droppedLines = (head: string) =>
  parse(head)
    .warnings.filter((w) => w.code === "web-line-dropped")
    .map((w) => w.position.line);

describe("a newspaper's imprint naming the body it answers to", () => {
  test.each([
    { name: "a ministry's name", head: "中华人民共和国交通运输部主管\n\n某某交通报社主办" },
    { name: "a province's department", head: "某某省交通运输厅主管\n\n某某交通报社主办" },
    { name: "a city bureau's name alone", head: "某某市教育局主管" },
  ])(
    "parseBulletinText: $name closed by 主管 is the paper's; the headline is the title",
    ({ head }) => {
      expect(parse(head).bulletin.publication.title).toBe(HEADLINE);
      expect(droppedLines(head)).toContain(1);
    },
  );

  test.each([
    { name: "a role", line: "财务主管" },
    { name: "a department's role", line: "部门主管" },
    { name: "a body's name run on into more words", line: "某局主管副局长" },
    { name: "a labelled field", line: "主管：某某省交通运输厅" },
  ])("parseBulletinText: $name (`$line`) under the text's paragraph is not dropped", ({ line }) => {
    // (Over the headline a short line is dropped by older rules of the page's head: asked below it.)
    const text = `${HEADLINE}\n${BODY}${line}\n全省将继续做好春季运输保障工作。\n`;
    const at = text.split("\n").indexOf(line) + 1;
    const dropped = parseBulletinText(text)
      .warnings.filter((w) => w.code === "web-line-dropped")
      .map((w) => w.position.line);
    expect(dropped).not.toContain(at);
  });
});
