import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An office's sign-off in brackets on a line of its own under the last paragraph, the office
 * then its writer's name after a colon or a space (`（市应急局：孙某）`, `(县统计局 王某)`): the office
 * is the publisher, as when the credit is run on after the last sentence (`…。（县农业局刘某）`),
 * which may now put a colon between them too. A bracketed editor (`（责任编辑：某某）`), a word that
 * names no writer, or a sign-off under no sentence names none. Every text here is written for the
 * test.
 */

const body = "节日期间,全市共出动检查组339个、检查人员1337人次,全市安全生产形势平稳。";

const publisherOf = (text: string) =>
  parseBulletinText(`发布时间：2022-05-05\n${text}`).bulletin.publication.publisher?.name;

describe("an office's sign-off in brackets", () => {
  test.each([
    ["alone, a colon", `${body}\n（市应急局：孙某）`, "市应急局"],
    ["alone, ASCII brackets and colon", `${body}\n(县统计局:王某)`, "县统计局"],
    ["alone, a space", `${body}\n（某县市场监管局 李某某）`, "某县市场监管局"],
    ["run on, a colon", `${body}（区应急管理局：张某）`, "区应急管理局"],
  ])("%s: the office", (_, text, office) => {
    expect(publisherOf(text)).toBe(office);
  });

  test.each([
    ["an editor", `${body}\n（责任编辑：孙某）`],
    ["an office and no writer", `${body}\n（市应急局：网站）`],
    ["under a line that ends no sentence", `全市安全生产形势平稳\n（市应急局：孙某）`],
  ])("%s names no publisher", (_, text) => {
    expect(publisherOf(text)).toBeUndefined();
  });
});
