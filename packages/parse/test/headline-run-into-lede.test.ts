import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A flattened news page whose headline runs on into its first paragraph, parted by the space the
 * page printed (`國慶長假重慶市接待遊客兩千余萬人次 10月7日,記者從…`): where the words before the line's
 * first space are a heading and the words after it open a paragraph (a day and its comma, `近日，`,
 * `今年以来，`, a dateline), they are the headline, the title. Written for the rule (the corpus's
 * shape is the first).
 */

const title = (text: string) => parseBulletinText(text).bulletin.publication.title;

describe("a headline run into its first paragraph after a space", () => {
  test.each([
    [
      "國慶長假重慶市接待遊客兩千余萬人次 10月7日,記者從重慶市假日辦獲悉,今年國慶長假期間,7天共吸引2087.22萬人次海內外旅遊者,同比增長12.38%。 今年國慶長假期間,重慶市推出了100多項旅遊節會活動。",
      "國慶長假重慶市接待遊客兩千余萬人次",
    ],
    [
      "全市上半年经济运行稳中有进 今年以来，全市经济运行稳中有进，地区生产总值同比增长5.2%。 其中工业增长6.1%。",
      "全市上半年经济运行稳中有进",
    ],
    [
      "某县一季度信访形势平稳 近日，记者从县信访局获悉，一季度全县共受理信访事项312件。",
      "某县一季度信访形势平稳",
    ],
  ])("`%s` opens with its title", (text, expected) => {
    expect(title(text)).toBe(expected);
  });
});

describe("first lines with a space that are no headline and paragraph (counter-cases)", () => {
  test.each([
    // A paragraph's words set apart by a space.
    "截至6月底 全市共受理群众诉求12345件，办结率99.1%。",
    // A stray space inside a dateline.
    "新華社烏魯木 齊7月10日電(記者何軍)今年上半年,烏魯木齊市累計採血量531.98萬毫升。",
    "滨州日报/滨州网滨 州讯（通讯员曹希强）7月12日至16日，我市遭遇连续强降雨天气。",
    // A photo's caption run on before a dateline (a flattened page's teasers).
    "图为巡逻艇护航 资料图 某某晚报讯(通讯员 李四)记者昨日从某海事局获悉，全年组织海上搜救行动14次。",
    // A section heading run into its paragraph.
    "一、总体情况 1-6月，全市共受理群众诉求12345件，办结率99.1%。",
  ])("`%s` has no title from its first words", (text) => {
    expect(title(text)).toBeUndefined();
  });
});
