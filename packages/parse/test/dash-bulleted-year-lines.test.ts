import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy's list of results, each line opened by a dash of two em dashes (`——2018年，热线受理办件
 * 1913595件，满意率90.81%；`): the dash is a bullet, as `◆` or `●` is, and the year its first line opens
 * with, giving counts, is the year reported on. A dash before a narrative year (no count), or an
 * attribution line (`——摘自…`), states none. Written for the rule (the corpus's shape, a news copy
 * of a city hotline's yearly “成绩单”, is the first).
 */

const period = (list: string) =>
  parseBulletinText(
    `一部热线“把脉”城市管理\n\n海口12345已不仅是一部热线，已发展成一个市民服务智慧联动平台。这个平台到底有多大作用？负责人在通报会上展示了部分“成绩单”：\n\n${list}\n\n——热线办件量大幅增长、新媒体渠道受理占比上升108.3%。`,
  ).bulletin.issue.period;

describe("a dash-bulleted line opening with its year", () => {
  test.each([
    "——2018年，热线受理办件1913595件，满意率90.81%，办结率99.6%；",
    "——2018年,热线受理办件1913595件,满意率90.81%;",
    "◆2018年，热线受理办件1913595件，满意率90.81%；",
  ])("parseBulletinText: `%s` states 2018", (list) => {
    expect(period(list)).toEqual({ kind: "year", year: 2018 });
  });

  test.each(["——2018年，热线坚持以人民为中心，不断提升服务质量；", "——摘自《某市日报》"])(
    "parseBulletinText: `%s` states no year (counter-case)",
    (list) => {
      expect(period(list)).toBeUndefined();
    },
  );
});
