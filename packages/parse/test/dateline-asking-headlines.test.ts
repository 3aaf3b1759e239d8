import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's headline that asks (`…不到3%？`) or exclaims between its two phrases
 * (`常住人口3465.99万人！2023年某省…数据公布`), perhaps with a figure, straight over a lede that opens
 * with a news outlet's dateline (`某某新闻网讯（记者 王某）…`, `某某新闻消息，…`): the title. Over a
 * line that opens with no dateline, or a line of two questions, it keeps its old reading (no title).
 * Every text here is written for the test.
 */

const rest =
  "其中在2023年末，某市户籍人口71.79万人，较上年增长0.4%；全年出生人口3888人，出生率为5.43‰。";

describe("a headline that asks or exclaims over a dateline", () => {
  test.each([
    [
      "某市三孩生育率连续两年不到3%？",
      "某某新闻消息，某市2023年国民经济和社会发展统计公报于近日公布。数据显示，这座城市的三孩生育率连续两年不到3%。",
    ],
    [
      "某市三孩生育率连续两年不到3%?",
      "某某新闻消息，某市2023年国民经济和社会发展统计公报于近日公布。数据显示，这座城市的三孩生育率连续两年不到3%。",
    ],
    [
      "常住人口3465.99万人！2023年某省人口变动情况抽样调查数据公布",
      "某某新闻网讯（记者王某）2月21日，记者从某省统计局获悉，2023年度全省人口变动情况抽样调查工作圆满完成。",
    ],
    [
      "常住人口3465.99萬人！2023年某省人口變動情況抽樣調查數據公布",
      "某某新聞網訊（記者王某）2月21日，記者從某省統計局獲悉，2023年度全省人口變動情況抽樣調查工作圓滿完成。",
    ],
  ])("`%s` is the title", (headline, lede) => {
    const { bulletin } = parseBulletinText([headline, lede, rest].join("\n"));
    expect(bulletin.publication.title).toBe(headline);
  });

  test.each([
    [
      "over a lede with no dateline",
      "某市三孩生育率连续两年不到3%？",
      "数据显示，某市2023年国民经济和社会发展统计公报于近日公布，这座城市的三孩生育率连续两年不到3%。",
    ],
    [
      "a line of two questions",
      "生育率为何下降？三孩政策效果如何？",
      "某某新闻消息，某市2023年国民经济和社会发展统计公报于近日公布。数据显示，这座城市的三孩生育率连续两年不到3%。",
    ],
    [
      "a sentence ending with a full stop",
      "某市三孩生育率连续两年不到3%。",
      "某某新闻消息，某市2023年国民经济和社会发展统计公报于近日公布。数据显示，这座城市的三孩生育率连续两年不到3%。",
    ],
  ])("%s: no title", (_, headline, lede) => {
    const { bulletin } = parseBulletinText([headline, lede, rest].join("\n"));
    expect(bulletin.publication.title).toBeUndefined();
  });
});
