import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * An outlet's production credit alone on a line at the foot of a graphic or a feature
 * (`新华社国内部出品`, `某某网出品`): the page's credit, the outlet its publisher (before the body a
 * headline names). A line that goes on after `出品` or names no outlet (`精心出品`, `本片由某某公司出品，
 * 共12集。`) is the text's. Written for the rule (batch s17b's 人社部 graphic credited `新华社国内部出品`);
 * every text here is invented.
 */

const TEXT = (credit: string) =>
  [
    "某省人社厅召开2023年三季度新闻发布会",
    "前三季度全省城镇新增就业52万人",
    "9月份城镇调查失业率5%",
    "记者：王某",
    "编辑：李某",
    credit,
  ].join("\n");

describe("an outlet's production credit", () => {
  test.each([
    ["新华社国内部出品", "新华社国内部"],
    ["某某网出品", "某某网"],
    ["某某日报社出品", "某某日报社"],
  ])("`%s` names the publisher %s", (credit, publisher) => {
    const { bulletin } = parseBulletinText(TEXT(credit));
    expect(bulletin.publication.publisher?.name).toBe(publisher);
    expect(JSON.stringify(bulletin.sections)).not.toContain("出品");
  });

  test.each(["精心出品", "本片由某某公司出品，共12集。"])("`%s` is the text's", (line) => {
    const { bulletin } = parseBulletinText(TEXT(line));
    expect(bulletin.publication.publisher?.name ?? "").not.toMatch(/出品|精心|公司/);
    expect(JSON.stringify(bulletin.sections)).toContain(line.slice(0, 6));
  });
});
