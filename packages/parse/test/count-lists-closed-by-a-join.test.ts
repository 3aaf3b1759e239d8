import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A list of three counts or more, each with its short noun, whose last count is joined by `和`, `及`
 * or `与` rather than `、` (`先后成立了11个管理中心、5个业务中心和13个质控中心，`): counts listed together
 * are reported together, the first too, as in a list joined by `、` alone. Two counts (`11个管理中心
 * 和5个业务中心`, left to the rules a pair meets), a last member of another kind (a percentage) and a
 * join before words with no count keep their old reading. Written for the rule (formerly
 * held-out-43–46's 海原 health half year); every sentence here is invented.
 */

const values = (body: string): number[] =>
  parseBulletinText(
    `一、基本情况\n全县共有医疗卫生机构312个。\n二、主要做法\n（一）推进医共体建设\n${body}`,
  ).bulletin.metrics.map((m) => m.value);

describe("a list of counts closed by 和", () => {
  test.each([
    ["先后成立了11个管理中心、5个业务中心和13个质控中心，运行平稳。", 11],
    ["共组建了8支医疗队、12个家庭医生团队及36个签约服务小组，覆盖全县。", 8],
    ["新建了4所学校、7个幼儿园、9个托育点与15个活动室，", 4],
    ["先後成立了11個管理中心、5個業務中心和13個質控中心，", 11],
  ])("%s reads its first count", (body, first) => {
    expect(values(body)).toContain(first);
  });

  test.each([
    ["two counts only", "先后成立的11个管理中心和5个业务中心的职责更加明确，", 11],
    ["a percentage last", "先后成立了11个管理中心、5个业务中心和90%的质控小组，", 11],
    ["a join before words", "先后成立了11个管理中心、5个业务中心和质控中心，", 11],
  ])("%s leaves the first count as text", (_, body, first) => {
    expect(values(body)).not.toContain(first);
  });
});
