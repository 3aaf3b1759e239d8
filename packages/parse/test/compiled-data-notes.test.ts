import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A chart's note under it, `资料来源:民政部、智研咨询整理` (the bodies its data came from and the site that
 * compiled them), as a market-research site prints one under each chart: the data's source, no page's,
 * and no other `资料来源` on that page is (the copy cut the last: `资料来源:民政`). Lines from the tuning
 * text `national-child-welfare-2020-chyxx`; near misses (a `資料來源` field naming a body alone on a page
 * with no such note, `taiwan-nhi-fraud-checks-2016-trad`) keep the page's source.
 */

const read = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;
const OPENING =
  "儿童福利是指一切针对全体儿童的，促进儿童生理、心理及社会潜能最佳发展的各种措施和服务。";
const FIGURES = "截至2020年底，全国共有孤儿19.3万人，较上年减少4.0万人，同比下降17.17%；";
const CAPTION = "2015-2020年全国共有孤儿数量及增速";

describe("a chart's compiled data note", () => {
  test.each([
    { notes: ["资料来源:民政部、智研咨询整理"] },
    { notes: ["资料来源:民政部、智研咨询整理", "资料来源:民政"] },
    { notes: ["資料來源:民政部、智研諮詢整理"] },
  ])("parseBulletinText: $notes under charts name no publisher", ({ notes }) => {
    const charts = notes.map((note) => `${CAPTION}\n${note}\n${FIGURES}`).join("\n");
    expect(read(`${OPENING}\n一、总体概况\n${FIGURES}\n${charts}`)).toBeUndefined();
  });

  test.each([
    { field: "  • 資料來源:中央健康保險署", publisher: "中央健康保險署" },
    { field: "资料来源:民政部", publisher: "民政部" },
  ])("parseBulletinText: `$field` alone names $publisher", ({ field, publisher }) => {
    const text = `防杜詐領健保 查核違規不手軟\n${field}\n  • 建檔日期:105-11-22\n${FIGURES}`;
    const name = parseBulletinText(text).bulletin.publication.publisher;
    expect([name?.name, name?.shortName]).toContain(publisher);
  });
});
