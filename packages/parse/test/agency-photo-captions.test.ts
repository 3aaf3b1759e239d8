import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy that opens on a photo's caption credited to an outlet's photographer (`…受灾。 新华社记者
 * 周科摄`, `（某某日报记者 王某 摄）`, a table's bar left after it: `… 摄 |`), its report's dateline on
 * the next line (`新华社北京8月15日电`): the caption is no headline's second line, and the dateline's
 * outlet is the publisher. Written for the rule (formerly held-out-39's national drought copy); the
 * cases are invented.
 */

const report = "记者从国家防汛抗旱总指挥部办公室获悉，截至8月15日，全国有9577万亩耕地受旱。";
const later = "据了解，过去一周，南方旱区大部仍然维持晴热少雨天气，累计降水一般不足5毫米。";
const caption = "图为某县某乡一处干裂的稻田。干旱已致某县6.7万亩晚稻受灾。";
const publisher = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a photo's caption credited to an outlet's photographer, the dateline under it", () => {
  test.each([
    [`${caption} 新华社记者 周科摄 |`, "新华社北京8月15日电 （记者林晖）", "新华社"],
    [`${caption} 新华社记者 周科 摄`, "新华社北京8月15日电 ", "新华社"],
    [`${caption}（某某日报记者 王某 摄）`, "某某日报讯（记者 李某）", "某某日报"],
    [`${caption} 新華社記者 周科攝 ｜`, "新華社北京8月15日電 ", "新華社"],
  ])("`%s` over `%s` names %s", (over, dateline, outlet) => {
    expect(publisher([over, dateline + report, later].join("\n"))).toBe(outlet);
  });
});

describe("lines that are no such caption (near-misses)", () => {
  test("a caption over a report without a dateline names no publisher", () => {
    expect(publisher([`${caption} 新华社记者 周科摄 |`, report, later].join("\n"))).toBeUndefined();
  });
  test("a sentence that ends with 摄 but credits no one is no caption", () => {
    expect(
      publisher([`${caption}请勿在灾区航拍摄`, "新华社北京8月15日电 " + report, later].join("\n")),
    ).not.toBe("新华社");
  });
});
