import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * Growth rates the figure reader left as text (formerly held-out-98–105's transport, population,
 * patent and enterprise pages; every text here is invented for the test):
 * - a signed rate listed after a rate (`分别增长-48.49%、-50.73%、12.78%`, `同比分别下降3%和-5.6%`):
 *   the sign after the `、`, 和 or 及 that follows a `%` is the rate's, and the list goes on past it;
 * - a rate stated below zero after `率` (`人口自然增长率为-2.25‰`, `利润率-3.2%`), in ‰ or %;
 * - a growth rate whose `%` runs straight into a subject opening with a Latin word, where a copy lost
 *   the mark, where the subject's figure follows or it opens a clause of its own (`增长39.29%PCT专利申请3件`,
 *   `增长8.6%A股新上市企业中，`): the rate ends its clause.
 * - the change of a rate in ‰ points after it (`比上年下降0.4个千分点`, `個千分點`) is no count of 个.
 * Near-misses: a range (`1-5月`, `2021-2022年度`, `2-5‰`, `增加15%-20%`), a minus after a rate word before a count
 * (`办结率-3件`), letters with no Han word after them (`5%PM2.5`), and a Latin-led subject with no figure
 * of its own (`增长6.1%GDP比重稳步提高`).
 */

const metrics = (body: string) =>
  parseBulletinText(`一、情况\n${body}`).bulletin.metrics.map((m) => ({
    label: m.label,
    value: m.value,
    unit: m.unit,
  }));
const values = (body: string): string[] => metrics(body).map((m) => `${m.value}${m.unit}`);

describe("a signed rate listed after a rate", () => {
  test.each([
    ["客运量、货运量、周转量同比分别增长-12.5%、-30.2%、8.6%。", ["-12.5%", "-30.2%", "8.6%"]],
    ["蔬菜、水果产量分别增长21.3%、-45.1%。", ["21.3%", "-45.1%"]],
    ["客运量、周转量同比分别下降7%和-2.4%，", ["7%", "-2.4%"]],
    ["两项指标分别增长5.2%及+3.1%。", ["5.2%", "3.1%"]],
  ])("%s → %j", (body, expected) => {
    expect(values(body)).toEqual(expected);
  });

  test("the listed rates share the first one's label", () => {
    const read = metrics("货物周转量同比分别下降4%和-1.5%。");
    expect(read.map((m) => m.label)).toEqual(["货物周转量同比分别下降", "货物周转量同比分别下降"]);
  });

  test.each([
    ["1-5月，全市完成投资12.5亿元。", ["1250000000元"]],
    ["全年增长6.2%，2021-2022年度持续增长。", ["6.2%"]],
  ])("%s reads no sign", (body, expected) => {
    expect(values(body)).toEqual(expected);
  });

  test("a range of rates (`15%-20%`) is no list of a rate and a signed one", () => {
    const read = parseBulletinText(
      "工作动态\n一、市场供应\n副食品投放量均比平日增加15%-20%，供应充足。",
    ).bulletin.metrics;
    expect(read.map((m) => m.value)).toEqual([]);
  });
});

describe("a rate stated below zero", () => {
  test.each([
    ["全省人口自然增长率为-1.85‰，比上年下降0.4个千分点。", ["-1.85‰"]],
    ["全县自然增長率為-0.62‰，比上年下降0.15個千分點。", ["-0.62‰"]],
    ["规模以上企业利润率-3.2%，", ["-3.2%"]],
    ["出生率为7.12‰，死亡率为8.05‰，自然增长率为-0.93‰。", ["7.12‰", "8.05‰", "-0.93‰"]],
  ])("%s → %j", (body, expected) => {
    expect(values(body)).toEqual(expected);
  });

  test.each([
    // A minus after 率 before a count is no sign: a count below zero is none.
    ["办结率-3件。"],
    // A dash between two rates' words is a range of them, no sign.
    ["增长率在2-5‰之间。"],
  ])("%s holds no rate below zero", (body) => {
    expect(values(body).filter((v) => v.startsWith("-"))).toEqual([]);
  });
});

describe("a growth rate run into a subject opening with a Latin word", () => {
  test.each([
    [
      "其中发明专利52件，增长18.18%PCT国际专利申请4件，同比增长100.00%。",
      ["52件", "18.18%", "4件"],
    ],
    ["高技术制造业增加值同比增长9.2%A股新上市企业中，科技型企业占比超六成。", ["9.2%"]],
    ["新能源汽车产量同比增长35.1%SUV车型产量12.5万辆，", ["35.1%", "125000辆"]],
  ])("%s → %j", (body, expected) => {
    expect(values(body)).toEqual(expected);
  });

  test("the figure after it is labelled by the new subject", () => {
    const read = metrics("发明专利39件，增长20.5%PCT专利申请3件。");
    expect(read.find((m) => m.value === 3)?.label).toBe("PCT专利申请");
  });

  test.each([
    // Letters with no Han word after them: no subject, the rate does not end its clause.
    ["较上年增长5%PM2.5"],
    // A subject with no figure of its own and no clause it opens: the rate runs on into it.
    ["产值增长6.1%GDP比重稳步提高。"],
    // A year is no figure of the subject's.
    ["产值增长6.1%GDP比重2023年以来稳步提高。"],
  ])("%s reads no rate", (body) => {
    expect(values(body).filter((v) => v.endsWith("%"))).toEqual([]);
  });
});
