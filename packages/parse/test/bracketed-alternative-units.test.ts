import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count whose measure word carries a bracketed alternative (`87人(次)`: persons or visits;
 * `150台(套)`: machines or sets) keeps the whole printed unit, `人(次)` or `台(套)`, as the corpus
 * README settled on 2026-12-07 (session 46): neither half alone is what the text counts. A scale
 * before it is read as usual and a traditional copy's unit simplified. Lines from tuning texts (a
 * county's 安全生产 report, a city's 人大 常委会 report, a 残联 year in traditional characters, a
 * 工会 news copy, Shanghai's and a 林长 street's equipment counts, a county's 农机 abstract); since
 * 2026-12-08 also `批(台)`, `所(个)`, `个(类)`, `套(间)` and `头(羽)` (a 药监 notice, an education
 * inspection, a drug-reaction year report, a housing plan in traditional characters, a 农技 review).
 */

describe("a measure word with its bracketed alternative is one unit", () => {
  test.each([
    ["年内累计督导检查60人(次)。", ["年内累计督导检查=60人(次)"]],
    ["任免国家机关工作人员87人(次)，2项创新。", ["任免国家机关工作人员=87人(次)", "创新=2项"]],
    ["全年發放“兩項補貼”24.96萬人(次)。", ["全年發放“兩項補貼”=249600人(次)"]],
    ["共帮扶困难职工1.18万人(次)。", ["帮扶困难职工=11800人(次)"]],
    // A bracket printed full-width is the same unit.
    ["全年开展检查320人（次），发现隐患45处。", ["全年开展检查=320人(次)", "发现隐患=45处"]],
    ["大型游乐设施302台(套)等。", ["大型游乐设施=302台(套)"]],
    ["配套农机具3.86万台(套)。", ["配套农机具=38600台(套)"]],
    ["高压细水雾等装备150台(套)，组织开展演练。", ["高压细水雾等装备=150台(套)"]],
    // Since 2026-12-08: lots or devices sampled, schools or sites, kinds, homes, livestock or
    // poultry.
    [
      "共抽检医疗器械463批(台)，其中440批(台)符合标准规定。",
      ["抽检医疗器械=463批(台)", "符合标准规定=440批(台)"],
    ],
    ["督导检查385所(个)学校，均已达标。", ["督导检查=385所(个)"]],
    ["监测药品45个(类)。", ["监测药品=45个(类)"]],
    ["全年开工建设6.28萬套(間)。", ["全年开工建设=62800套(间)"]],
    ["推广良种畜禽2.1亿头(羽)。", ["推广良种畜禽=210000000头(羽)"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("brackets that are no alternative of the unit before them (near misses)", () => {
  test.each([
    // A count of things keeps its unit, the bracket a note (`46983件(次)`), as 台 does before `(次)`.
    ["受理诉求46983件(次)。", ["受理诉求=46983件"]],
    ["机动送水车辆15.8万台(次)。", ["机动送水车辆=158000台"]],
    // Other notes after those measure words keep the unit (`頭(只)`, `户(套)`, `个(家)`).
    ["年末生猪存栏1.2萬頭(只)。", ["年末生猪存栏=12000头"]],
    ["完成棚改7195户(套)。", ["完成棚改=7195户"]],
    ["检查经营户2157个(家)。", ["检查经营户=2157个"]],
    // 人次 printed whole stays 人次.
    ["农村劳动力转移就业21.53万人次。", ["农村劳动力转移就业=215300人次"]],
    // A bracket that holds more words is no unit.
    ["检查60人(次数待核)。", ["检查=60人"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
