import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";
import { mastheadFacts } from "./masthead-facts";

/**
 * A 地方志 return's masthead (`报送单位：某镇人民政府` / `报送时间：2017年7月15日`): the sender is the
 * publisher and the date the issue's, each label dropped with the reading. A 报尾's `报送：` (whom the
 * issue is sent to) stays a distribution line. Every text here is invented.
 */

const BODY = "一、概况资料\n某镇位于某市东部，全镇总人口35210人，耕地面积4587亩。";

describe("a return's sender and date", () => {
  test.each([
    ["colon", "某镇地方志资料年报\n报送单位: 某镇人民政府\n报送时间: 2017年7月15日"],
    ["full-width colon", "某镇地方志资料年报\n报送单位：某镇人民政府\n报送时间：2017年7月15日"],
    ["traditional", "某鎮地方志資料年報\n報送單位：某镇人民政府\n報送時間：2017年7月15日"],
  ])("parseBulletinText (%s): the sender is the publisher, the date the issue's", (_, head) => {
    const { publisher, publishedOn, title } = mastheadFacts(`${head}\n${BODY}`);
    expect(publisher).toBe("某镇人民政府");
    expect(publishedOn).toBe("2017-07-15");
    expect(title).toMatch(/^某[镇鎮]地方志[资資]料年[报報]$/);
  });

  test("parseBulletinText: a 报尾's `报送：` names whom the issue is sent to, not its publisher", () => {
    const { bulletin } = parseBulletinText(
      `某镇工作简报\n第3期\n某镇党政办公室  2017年7月15日\n${BODY}\n报送：县委办公室、县政府办公室。`,
    );
    expect(bulletin.publication.publisher?.name).toBe("某镇党政办公室");
    expect(JSON.stringify(bulletin.distribution ?? [])).toContain("县委办公室");
  });
});
