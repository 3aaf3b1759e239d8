import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A page's 来源 line qualified by the article it credits (`本文来源：某某新闻网`, `本篇来源:`,
 * `本稿來源：`), alone on its line, over the text or under it: the source it names is the
 * publisher, and the line is the page's furniture, not the text. Every example is written for the
 * rule, not taken from a page.
 */

const opening = "上周市政府12345热线共接到市民来电297个，实际受理市民投诉210件。";
const closing = "其中物业管理问题投诉36件，城市管理问题投诉35件。";

const head = "上周12345热线接电297个";
const page = (line: string, foot: boolean) =>
  foot ? `${head}\n${opening}\n${closing}\n${line}` : `${head}\n${line}\n${opening}\n${closing}`;

describe("a source line qualified by the article it credits", () => {
  test.each([
    ["本文来源: 某某新闻网", false, "某某新闻网"],
    ["本文来源：东林县融媒体中心", false, "东林县融媒体中心"],
    ["本篇来源:某某日报", false, "某某日报"],
    ["本稿來源：某某新聞網", false, "某某新聞網"],
    ["本文来源: 某某新闻网", true, "某某新闻网"],
  ])("parseBulletinText: `%s` (under the text: %s) names %s and is no text", (line, foot, name) => {
    const { bulletin } = parseBulletinText(page(line, foot));
    expect(bulletin.publication.publisher?.name).toBe(name);
    expect(JSON.stringify(bulletin.sections)).not.toMatch(/来源|來源/);
  });

  test.each([
    // A sentence of the text that says where something came from is no label.
    "本文来源于群众反映的问题较多，已转交有关部门。",
    // A photo's credit names no publisher.
    "图片来源：某某新闻网",
    // The site itself is no publisher.
    "本文来源：本站",
  ])("parseBulletinText: `%s` names no publisher (counter-case)", (line) => {
    const { bulletin } = parseBulletinText(page(line, false));
    expect(bulletin.publication.publisher?.name ?? "").not.toMatch(/某某新闻网|本站|群众/);
  });
});
