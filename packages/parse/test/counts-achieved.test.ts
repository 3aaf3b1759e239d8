import { describe, expect, test } from "vitest";
import { figures } from "./metric-lines";

/**
 * A count right after `实现` (`實現`; perhaps `了`, `已` or `首批` between): `实现65个贫困村整村脱贫`,
 * `已實現179項政務服務事項無差別受理` count what was achieved, a figure the text reports, whatever
 * phrase without 的 goes on after it (issue 14, formerly held-out-132 and -133; the tuning texts' facts list 13
 * of the 17 such counts). Only counts of things (个, 项, 家, 件…), and not a count whose phrase
 * goes on with 的 (`实现2个转变的目标`: a target). Examples written for the rule.
 */
describe("counts of what was achieved", () => {
  test.each([
    ["甲县实现72个贫困村整村脱贫，群众收入稳步增长。", ["甲县实现=72个"]],
    ["乙区已實現186項政務服務事項“掌上”可查可辦。", ["乙区已實現=186项"]],
    ["丙市与丁市实现首批48项政务服务事项异地通办，惠及群众。", ["丙市与丁市实现首批=48项"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });

  test.each([["戊县力争实现2个转变的目标。"], ["己县实现12亿元产值的目标。"]])(
    "%s reads no count",
    (body) => {
      expect(figures(body)).toEqual([]);
    },
  );
});
