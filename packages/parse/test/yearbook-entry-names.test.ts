import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { yearbookEntryNameLines } from "../src/internal/yearbook-entry-name";

/**
 * A yearbook's entry copied alone (the title misses of `held-out-67` … `held-out-78` read as a
 * family): the entry's name on its own line (`统计局`, `妇  联` letter-spaced), perhaps printed twice
 * (a page's title and its heading), over its text: a bracketed part run into its text that opens
 * with the year it records (`【概况】 2021年，…`), or a paragraph opening with that year with such a
 * part under it. The name is the text's title. Every example is written for the rule.
 */

const part = "【概况】 2021年，全县共有从业人员12名，完成各项工作任务。";
const paragraph = "2021年，县统计局围绕中心工作，依法开展统计调查，圆满完成各项任务。";
const run = "【统计执法检查】 全年开展执法检查3次，查处案件2件。";

describe("a yearbook entry's name over its text", () => {
  test.each([
    { text: `统计局\n${part}`, title: "统计局" },
    { text: `人民防空工作\n\n${part}\n${run}`, title: "人民防空工作" },
    { text: `审 计\n${part}`, title: "审 计" },
    { text: `工  会\n${part}`, title: "工  会" },
    { text: `统计局\n统计局\n${paragraph}\n${run}`, title: "统计局" },
    { text: `档案工作\n${paragraph}\n${run}`, title: "档案工作" },
    { text: "體育\n【概況】 2021年，全縣舉辦賽事12場。", title: "體育" },
  ])("parseBulletinText: `$title` is the title", ({ text, title }) => {
    const { bulletin } = parseBulletinText(text);
    // (The repair takes out the spaces of a letter-spaced name: `工  会` → `工会`.)
    const name = title.replace(/\s/g, "");
    expect(bulletin.publication.title?.replace(/\s/g, "")).toBe(name);
    expect(JSON.stringify(bulletin.sections)).not.toContain(`"title":"${name}"`);
  });

  test.each([
    // A category path: words of two or more characters set apart.
    `政法 司法行政\n${part}`,
    // A bracketed head alone on its line.
    `统计局\n【统计执法检查】\n${paragraph}`,
    // A name over a paragraph with no bracketed part under it.
    `统计局\n${paragraph}\n全年开展执法检查3次。`,
    // A bracketed part that states no year.
    `统计局\n${run}`,
    // A heading with a marker, a sentence, a figure.
    `一、概况\n${part}`,
    `全县统计工作。\n${part}`,
    `统计局12名\n${part}`,
    // A long line.
    `某某县人民政府办公室统计工作领导小组\n${part}`,
  ])("yearbookEntryNameLines: `%s` opens with no entry name", (text) => {
    expect(yearbookEntryNameLines(text.split("\n").map((t) => ({ text: t })))).toBe(0);
  });

  test("yearbookEntryNameLines: the name printed twice takes two lines", () => {
    const lines = `统计局\n统计局\n${paragraph}\n${run}`.split("\n").map((text) => ({ text }));
    expect(yearbookEntryNameLines(lines)).toBe(2);
  });
});
