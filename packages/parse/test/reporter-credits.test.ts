import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report closing with its reporters' credit in brackets, which names their paper
 * (issue 15, formerly held-out-14: a city's 外贸 news ending `…增长84.3%。(福建日报记者 林智岚 通讯员
 * 洪睿航 黄忠族)`): the paper, site or agency before 记者 is the report's outlet, when nothing above
 * names one. `本报记者`, a kind of outlet alone (`時報記者`), a credit naming only people, and brackets that say something else name none.
 * Examples written for the rule.
 */

const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const BODY =
  "昨日，记者从海关获悉，前两月，全市外贸进出口总值447.6亿元，同比增长20.0%。其中，出口344.1亿元，同比增长15.1%。";

describe("a reporters' credit closing the last paragraph", () => {
  test.each([
    { credit: "（某某日报记者 林某某 通讯员 洪某 黄某某）", outlet: "某某日报" },
    { credit: "(某某日报记者 林某某 通讯员 洪某 黄某某)", outlet: "某某日报" },
    { credit: "（某某晚报记者 王某）", outlet: "某某晚报" },
    { credit: "（新华社记者 王某、李某）", outlet: "新华社" },
    { credit: "（某某日報記者 王某 通訊員 李某）", outlet: "某某日報" },
    { credit: "（某某日报驻某市记者 王某）", outlet: "某某日报" },
  ])("parseBulletinText: `…。$credit` names $outlet", ({ credit, outlet }) => {
    expect(publisherOf(`${BODY}${credit}`)).toBe(outlet);
  });

  test("parseBulletinText: the credit on its own line under the last paragraph names its paper", () => {
    expect(publisherOf(`${BODY}\n（某某日报记者 林某某 通讯员 洪某）`)).toBe("某某日报");
  });

  test.each([
    { credit: "（本报记者 王某 通讯员 李某）" },
    { credit: "（记者 王某 通讯员 李某）" },
    { credit: "（通讯员 陈某某）" },
    // A kind of outlet alone names no outlet.
    { credit: "（時報記者 吳某某 通訊員 鄭某某）" },
    { credit: "（晚报记者 王某）" },
    { credit: "（电视台记者 王某）" },
    { credit: "（据某某日报记者调查，比上年多12家）" },
  ])("parseBulletinText: `…。$credit` names no outlet", ({ credit }) => {
    expect(publisherOf(`${BODY}${credit}`)).toBeUndefined();
  });
});
