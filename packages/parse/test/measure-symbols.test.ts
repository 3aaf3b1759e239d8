import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Measures a weather, health or engineering page prints (issue 14, formerly held-out-9: a county's
 * year of weather in one paragraph, a daily 疫情防控 report): measures printed as Latin symbols
 * (`降水量542.0mm`, `日照时数2375.3h`, kept as printed), a temperature below zero printed with its
 * minus (`最低气温-13.0℃`), and doses (`167472剂次`). Every text here is written for the test.
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map(
    (m) => `${m.label}=${m.value}${m.unit}`,
  );

describe("measures printed as Latin symbols", () => {
  test.each([
    ["全年降水量612.5mm，日照时数1980.2h。", ["全年降水量=612.5mm", "日照时数=1980.2h"]],
    ["新建管网12.5km，清运垃圾3.6kg。", ["新建管网=12.5km", "清运垃圾=3.6kg"]],
    ["最大积雪深度15cm。", ["最大积雪深度=15cm"]],
    ["新增装机800kW，发电量1.2kWh。", ["新增装机=800kW", "发电量=1.2kWh"]],
    // The repair keeps a space before a symbol in letters: it is read past.
    ["日照时数2017.6 h。", ["日照时数=2017.6h"]],
    ["新建光伏电站100MW，配套线路35kV。", ["新建光伏电站=100MW", "配套线路=35kV"]],
    ["治理面积5km²，土方12000m³。", ["治理面积=5km²", "土方=12000m³"]],
    ["绿化面积3200m2，河道长度8km2。", ["绿化面积=3200m2", "河道长度=8km2"]],
    ["运输煤炭500t，平均用时45min。", ["运输煤炭=500t", "平均用时=45min"]],
    ["堤防加高1.5m。", ["堤防加高=1.5m"]],
    // Wind speeds, as weather pages print them (formerly a near-miss below).
    ["平均风速12m/s。", ["平均风速=12m/s"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([
    // A symbol that runs on into a longer one is no unit of these (hPa, mmHg, km/h, 5m30s).
    ["平均气压1013hPa。"],
    ["收缩压120mmHg。"],
    ["限速60km/h。"],
    ["用时5m30s。"],
    // After a letter the number is part of a name (`PM2.5`, `G20`).
    ["途经G20h段。"],
  ])("%s holds no figure in a Latin symbol", (body) => {
    expect(figures(body).filter((f) => /[a-z]$/i.test(f))).toEqual([]);
  });
});

describe("temperatures below zero", () => {
  test.each([
    ["年极端最低气温-21.4℃，出现在1月8日。", ["年极端最低气温=-21.4℃"]],
    ["最低气温为－5°C。", ["最低气温=-5℃"]],
    ["夜间最低-3摄氏度。", ["夜间最低=-3摄氏度"]],
    ["夜間最低氣溫-3.5攝氏度。", ["夜間最低氣溫=-3.5摄氏度"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("a minus between two numbers is a range, not a sign (`3-5℃`)", () => {
    expect(figures("昼夜温差3-5℃。").some((f) => f.includes("-"))).toBe(false);
  });

  test("a minus before a count is no sign (`城区-12件`)", () => {
    expect(figures("城区-12件，郊区8件。").some((f) => f.includes("-"))).toBe(false);
  });
});

describe("doses", () => {
  test.each([
    ["累计接种疫苗167472剂次。", ["接种疫苗=167472剂次"]],
    ["全国接种新冠疫苗3.2亿剂。", ["全国接种新冠疫苗=320000000剂"]],
    ["累計接種疫苗2.5萬劑次。", ["接種疫苗=25000剂次"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test("剂 before 量 or 型 is a word, not doses (`3剂量`)", () => {
    expect(figures("按2剂型分装，每人0.5毫克。")).toEqual([]);
  });

  test("shots (针): `完成加强免疫接种1200针。`", () => {
    expect(figures("完成加强免疫接种1200针。")).toEqual(["完成加强免疫接种=1200针"]);
  });
});

/**
 * Measure words of kinds the unit table lacked (the unseen sets lose most figures to units the
 * parser had not met): weights and lengths, animals, things, groups, sections and wells, trains and
 * runs, sessions and rounds, pounds, kilowatt hours as 度, packs, hours of teaching, rounds printed
 * with a dot, and flows and rates per second or per week; traditional forms read as simplified.
 */
describe("measure words of more kinds", () => {
  test.each([
    ["夏粮产量2948亿斤。", "夏粮产量=294800000000斤"],
    ["最大积雪深度12厘米。", "最大积雪深度=12厘米"],
    ["出口额12.5亿英镑。", "出口额=1250000000英镑"],
    ["家禽存栏1200万羽。", "家禽存栏=12000000羽"],
    ["马匹存栏320匹。", "马匹存栏=320匹"],
    ["增殖放流鱼苗120万尾。", "增殖放流鱼苗=1200000尾"],
    ["新装路灯1200盏。", "新装路灯=1200盏"],
    ["获得奖牌36枚。", "获得奖牌=36枚"],
    ["组建应急队伍12支。", "组建应急队伍=12支"],
    ["接种疫苗120万支。", "接种疫苗=1200000支"],
    ["更换管道320根。", "更换管道=320根"],
    ["调拨帐篷1500顶。", "调拨帐篷=1500顶"],
    ["整理档案2300卷。", "整理档案=2300卷"],
    ["出台地方性法规3部。", "出台地方性法规=3部"],
    ["倒塌房屋3.6萬間。", "倒塌房屋=36000间"],
    ["派出督查组12组。", "派出督查组=12组"],
    ["整治河道36段。", "整治河道=36段"],
    ["新打机井45眼。", "新打机井=45眼"],
    ["开行旅客列车86列。", "开行旅客列车=86列"],
    ["加开公交班车120趟。", "加开公交班车=120趟"],
    ["连续举办5届。", "连续举办=5届"],
    ["开展督查3轮。", "开展督查=3轮"],
    ["全社会用电量12.5亿度。", "全社会用电量=1250000000度"],
    ["发放救灾物资1200包。", "发放救灾物资=1200包"],
    ["开展培训120学时。", "开展培训=120学时"],
    ["送教下乡36課時。", "送教下乡=36课时"],
    ["出动执法人员1200人·次。", "出动执法人员=1200人次"],
    ["入库流量1200立方米/秒。", "入库流量=1200立方米/秒"],
    ["开展巡查3次/周。", "开展巡查=3次/周"],
    ["區域環境噪聲55.2分貝。", "區域環境噪聲=55.2分贝"],
    ["累計接種1200萬針。", "接種=12000000针"],
    ["张贴宣传标语1200幅。", "张贴宣传标语=1200幅"],
    ["优化审批流程12道。", "优化审批流程=12道"],
    ["更换防火门窗360扇。", "更换防火门窗=360扇"],
    ["开设网络课程12门。", "开设网络课程=12门"],
    ["发射卫星3颗。", "发射卫星=3颗"],
    ["发放劳保鞋1200雙。", "发放劳保鞋=1200双"],
    ["加开公交线路120班。", "加开公交线路=120班"],
    ["开设安全课程36节。", "开设安全课程=36节"],
    ["举办法治讲座12堂。", "举办法治讲座=12堂"],
    // Sets of machines (台套), as drought and farm machinery reports count them.
    ["机动抗旱设备245万台套、送水车辆15.8万辆。", "机动抗旱设备=2450000台套"],
    ["投入抗旱機具1.2萬臺套。", "投入抗旱機具=12000台套"],
  ])("%s reads %s", (body, expected) => {
    expect(figures(body)).toContain(expected);
  });

  test.each([
    // A measure word that opens a word with the character after it is no unit.
    ["该市12部门联合开展检查。"],
    ["全市12支持政策落地。"],
    ["共3轮胎更换。"],
    ["由12列入重点。"],
    ["12组织参与。"],
    ["收到12间隔报告。"],
    ["全市12包括在内。"],
    ["经2020年度考核，第3季度完成。"],
    ["新修12道路，开通3门户网站。"],
    ["全市12节能项目，涉及3班子成员。"],
    ["同比增长5幅度较大。"],
  ])("%s holds no figure of those measure words", (body) => {
    expect(figures(body).filter((f) => /[部支轮列组间包度道门节班幅]$/.test(f))).toEqual([]);
  });
});
