import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's contact block over a copied page's text, one field a line: `聯系人：舒工`, `手機：…`,
 * `傳真：…`, `郵箱：…`, `QQ：…`, `地址：…路2號…`, each label with the value its kind takes (a name,
 * a mobile or telephone number, an e-mail address, a QQ number, a street address), before the
 * text's first sentence. The lines are the site's, never the title. The lines of the block are from
 * tuning texts of the corpus (zhuhai-hitech-zone-2020-q1-3-bentong-trad,
 * guangdong-eco-inspection-petitions-2021-batch3-trad, province-gaokao-eduzkxx,
 * national-construction-2017h1-tianyueruida-trad).
 */

const headline = "某区前三季度经济运行情况";
const body =
  "11月5日，高新区召开2020年前三季度经济形势分析会，前三季度固定资产投资增长12.5%。\n下一步，全区将持续推进重点项目建设。";

describe("a site's contact block over a page's headline", () => {
  test.each([
    ["聯系人:舒工\n手機:13726017833\nqq:64407753\n地址:廣東省中山市三鄉鎮烏石村萬里路2號16卡首層"],
    [
      "聯系人:劉小姐\n手 機:18823799923\n傳 真:0755-89491926\n郵 箱:hfindustry@163.com\nQ Q:270045913",
    ],
    ["邮箱:eduzkxx@163.comcom"],
    ["联系人:黄经理 18915418820\n传真:0711-3611588"],
  ])(
    "parseBulletinText: the block `%s` is dropped and the headline under it is the title",
    (block) => {
      const { bulletin } = parseBulletinText(`${block}\n${headline}\n${body}`);
      expect(bulletin.publication.title).toBe(headline);
      const sections = JSON.stringify(bulletin.sections);
      expect(sections).not.toContain("137260");
      expect(sections).not.toContain("188237");
      expect(sections).not.toContain("@");
    },
  );

  test.each([
    ["聯系人:舒工\n手機:13726017833"],
    ["傳真:0794-8267678"],
    [
      "電話:0794-8218597\n0794-8267405\n傳真:0794-8267678\n地址:江西省撫州市泰山背路10號\n網址:www.tianyueruida.com",
    ],
    ["邮箱:eduzkxx@163.comcom"],
  ])("parseBulletinText: over a text without a headline, `%s` is no title", (block) => {
    const { bulletin } = parseBulletinText(`${block}\n${body}`);
    expect(bulletin.publication.title).toBeUndefined();
  });
});

describe("lines that look like a contact block's field", () => {
  test.each([
    // A field with more words than a name, a count that is no number of a kind, a label with more
    // words, a field run into a sentence.
    ["联系人：各乡镇分管领导同志", "各乡镇分管领导同志"],
    ["手机：12345件", "12345件"],
    ["手机银行：13726017833", "手机银行"],
    ["传真：120份", "120份"],
    ["QQ：32个群", "32个群"],
    ["网址：中国特产网", "中国特产网"],
  ])("parseBulletinText: `%s` over the headline is not dropped as the site's", (line, kept) => {
    const { warnings } = parseBulletinText(`${line}\n${headline}\n${body}`);
    const dropped = warnings.some((w) => w.code === "web-line-dropped" && w.message.includes(kept));
    expect(dropped).toBe(false);
  });

  test("parseBulletinText: a contact field under the text's first sentence is the text's", () => {
    const { warnings } = parseBulletinText(
      `${headline}\n${body}\n联系人：张明\n传真：0755-89491926`,
    );
    expect(warnings.some((w) => w.code === "web-line-dropped")).toBe(false);
  });
});
