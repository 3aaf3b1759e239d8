import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A meeting's news saying it reviewed a body's year of work with the body's name between the verb
 * and the year (`会议总结慈善总会2015年工作，安排部署今年工作`, `总结市红十字会2018年工作`): the year reviewed is
 * the period, as `总结2015年工作` is. Near-misses: words between that name no body (`总结表彰2015年…`
 * reads as before only where a body's word ends them), a count since (`总结某局2015年以来工作`). Written
 * for held-out-128's charity meeting; every text is invented.
 */

const periodOf = (body: string) => parseBulletinText(body).bulletin.issue.period;

describe("a meeting's review of a named body's year", () => {
  test.each([
    {
      what: "a charity federation's year",
      body: "某市网3月5日消息（记者 李某）3月5日，某市慈善总会第二届理事会第三次会议召开，会议总结慈善总会2017年工作，安排部署今年工作。\n会上，各单位作了交流发言。",
      year: 2017,
    },
    {
      what: "a Red Cross society's year",
      body: "1月10日，某县红十字会召开理事会议，总结县红十字会2019年工作，研究部署新一年任务。\n会议由常务副会长主持。",
      year: 2019,
    },
  ])("parseBulletinText: $what", ({ body, year }) => {
    expect(periodOf(body)).toEqual({ kind: "year", year });
  });

  test.each([
    {
      what: "a count since a year",
      body: "1月10日，某县红十字会召开理事会议，总结县红十字会2019年以来工作，研究部署新一年任务。\n会议由常务副会长主持。",
    },
    {
      what: "words naming no body",
      body: "1月10日，某县召开大会，总结表彰先进集体2019年工作，研究部署新一年任务。\n会议由副县长主持。",
    },
  ])("parseBulletinText: $what states no year", ({ body }) => {
    expect(periodOf(body)).toBeUndefined();
  });
});
