import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A mirror's `来源` line holding a code, not a name (`来源: sp20240427`, tuning batch s9c): no
 * publisher, so the report's own credit (its dateline, a newspaper's credit under it) names the
 * outlet; and a news page's editor credit in brackets under the report (`(责编:王某、李某)`) is
 * the page's, so the newspaper's credit above it closes the report. Examples written for the rules.
 */

const BODY = "全市规模以上工业增加值同比增长6.2%，社会消费品零售总额增长8.1%。";
const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a 来源 value that is a code", () => {
  test.each([{ source: "sp20240427" }, { source: "SP20241122" }, { source: "abc_2023_0815" }])(
    "parseBulletinText: `来源: $source` names no publisher; the dateline does",
    ({ source }) => {
      const text = `某市经济稳中向好\n\n发布时间:2024-04-27 16:53:04 来源: ${source}\n\n某某网消息：${BODY}`;
      expect(publisherOf(text)).toBe("某某网");
    },
  );

  test.each([
    { source: "某某日报", name: "某某日报" },
    { source: "CCTV", name: "CCTV" },
    { source: "12345热线", name: "12345热线" },
  ])("parseBulletinText: `来源: $source` names $name", ({ source, name }) => {
    const text = `某市经济稳中向好\n\n发布时间:2024-04-27 16:53:04 来源: ${source}\n\n${BODY}`;
    expect(publisherOf(text)).toBe(name);
  });
});

describe("a newspaper's credit after a 来源 code", () => {
  test("parseBulletinText: `来源: sp20240427` then `《某某日报》（2023年11月15日 01 版）` names the paper", () => {
    const text = `某市经济稳中向好\n\n发布时间:2024-04-27 16:53:04 来源: sp20240427\n\n本报北京11月14日电（记者王某）${BODY}\n\n《 某某日报 》( 2023年11月15日 01 版)\n\n(责编:王某、李某)`;
    expect(publisherOf(text)).toBe("某某日报");
  });

  test("parseBulletinText: `来源：某某网` before a newspaper's credit stays the publisher", () => {
    const text = `某市经济稳中向好\n\n发布时间:2024-04-27 16:53:04 来源：某某网\n\n本报北京11月14日电（记者王某）${BODY}\n\n《 某某日报 》( 2023年11月15日 01 版)`;
    expect(publisherOf(text)).toBe("某某网");
  });
});

describe("a bracketed 责编 credit under a newspaper's credit", () => {
  test.each([{ foot: "(责编:王某、李某)" }, { foot: "（责编：王某）" }, { foot: "【责编:王某】" }])(
    "parseBulletinText: `$foot` under `《某某日报》（2023年11月15日 01 版）` leaves the paper as the credit",
    ({ foot }) => {
      const text = `某市经济稳中向好\n\n本报北京11月14日电（记者王某）${BODY}\n\n《 某某日报 》( 2023年11月15日 01 版)\n\n${foot}`;
      const { bulletin } = parseBulletinText(text);
      expect(bulletin.publication.publisher?.name).toBe("某某日报");
      expect(bulletin.issue.publishedOn).toBe("2023-11-15");
    },
  );

  test("parseBulletinText: `责编：王某` alone before any page metadata is the 报尾's, not dropped", () => {
    const { warnings } = parseBulletinText(`某市经济稳中向好\n${BODY}\n责编：王某`);
    expect(warnings.filter((w) => w.code === "web-line-dropped")).toEqual([]);
  });
});
