import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A site's notice on the rights in what it copies, printed under a copied report, one line or a
 * numbered list (`声明：转载此文…请与本网联系`, `1、…经某某授权…网站…` / `2、凡本网注明“来源：某某网”的…不得
 * 转载`, `转载请注明：<address>`): the reporters' credit over it still closes the report and names
 * the outlet. The notice is a run of lines at the text's end each naming such rights (转载, 授权,
 * 版权, 侵权, 摘编), one of them in the site's own words (本网, 本站). A report's closing sentences
 * on rights, the site never speaking, are no notice. Every text here is written for the test.
 */

const REPORT =
  "1月25日，记者从自治区生态环境厅获悉，2021年全区生态环境保护取得明显成效。\n据统计，全区14个设区市环境空气质量优良天数比例为95.8%，PM2.5平均浓度为28微克/立方米。";
const publisherOf = (text: string) => parseBulletinText(text).bulletin.publication.publisher?.name;

describe("a site's rights notice under a copied report's credit", () => {
  test.each([
    [
      "声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。\n转载请注明：http://www.example.com/a/4790.html",
    ],
    [
      "1、“某某在线”由某某广播电台主办。经某某广播电台授权，某某公司独家负责“某某在线”网站的市场经营。\n2、凡本网注明“来源：某某在线”的所有信息内容，未经书面授权，任何单位及个人不得转载、摘编、复制或利用其他方式使用。\n3、“某某在线”自有版权信息均由某某公司统一管理和销售。",
    ],
    ["本站部分文章来自网络转载，版权归原作者所有，如有侵权请联系删除。"],
  ])("the credit over `%s` names the outlet", (notice) => {
    expect(publisherOf(`${REPORT}（某某日报 记者/余某）\n${notice}`)).toBe("某某日报");
    expect(publisherOf(`${REPORT}\n某某日报记者 王某\n${notice}`)).toBe("某某日报");
  });

  // Near-misses: closing sentences on rights in which the site does not speak, and a notice with
  // no credit over it.
  test("a report's closing sentence on rights enforcement is no notice", () => {
    const text = `${REPORT}\n某某日报记者 王某\n全年查处侵权盗版网站12个，删除侵权链接3000余条。`;
    expect(publisherOf(text)).toBeUndefined();
  });
  test("a notice under a paragraph with no credit names no outlet", () => {
    expect(
      publisherOf(`${REPORT}\n凡本网注明“来源：某某网”的作品，未经授权不得转载。`),
    ).toBeUndefined();
  });
});
