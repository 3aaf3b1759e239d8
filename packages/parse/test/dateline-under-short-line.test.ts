import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news report whose dateline (an outlet's name, the day, 讯 or 电: `某某网-某某客户端3月2日9时10分讯`,
 * `某某网某市5月6日电`) opens the second line, one short line over it (a headline the parser did not
 * take as the title): the dateline's outlet is the publisher. A second paragraph that credits a
 * source in running text (`据某某网报道，`), a dateline that credits another outlet's report, or a
 * dateline under a sentence or a long paragraph, gives none. Every text here is written for the test.
 */

const read = (text: string) => parseBulletinText(text).bulletin;
const REST =
  "今年以来，全区共受理城市管理案件3120件，结案率99.6%。\n其中，市容环境类案件1460件，占46.8%。";

describe("a dateline under one short line", () => {
  test.each([
    [
      "a question headline",
      "数说城管 今年哪些投诉最多?",
      "某渝网-某某客户端3月2日9时10分讯（通讯员 王某）",
      "某渝网",
    ],
    [
      "a headline with an exclamation",
      "全区城管案件下降两成!",
      "某新网某市5月6日电（记者 李某）",
      "某新网",
    ],
    ["a traditional copy", "某市首季投訴下降", "某市新聞網訊記者昨日瞭解到，", "某市新聞網"],
  ])("(%s) names the outlet", (_, over, dateline, outlet) => {
    expect(read(`${over}\n${dateline}${REST}`).publication.publisher?.name).toBe(outlet);
  });

  test("a sentence over a dateline is no headline", () => {
    const b = read(`他说这件事情他从来没有想过。\n某新网某市5月6日电（记者 李某）${REST}`);
    expect(b.publication.publisher?.name).toBeUndefined();
  });

  test("a source credited in running text is no dateline", () => {
    const b = read(`数说城管 今年哪些投诉最多?\n据某某网报道，${REST}`);
    expect(b.publication.publisher?.name).not.toBe("某某网");
  });

  test("a dateline that credits another outlet's report names neither", () => {
    const b = read(`数说城管 今年哪些投诉最多?\n某某网8月1日讯据某某晚报报道 ${REST}`);
    expect(b.publication.publisher?.name).toBeUndefined();
  });

  test("a dateline under a long paragraph is no publisher's", () => {
    const long =
      "今年以来，全区城市管理部门围绕市容环境、违法建设、占道经营等重点领域，持续开展专项整治行动，城市面貌明显改善，群众满意度不断提升。";
    const b = read(`${long}\n某新网某市5月6日电（记者 李某）${REST}`);
    expect(b.publication.publisher?.name).not.toBe("某新网");
  });
});
