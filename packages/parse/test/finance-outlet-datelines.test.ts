import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A copied report opening on a finance news service's dateline (`新华财经长春12月7日电（记者王某）`,
 * `某某财经讯`): the service's name ends with 财经 (財經 in a converted copy), an outlet's as
 * `…日报` or `…网` are, so it is the copy's publisher. A dateline without a name before 财经, or a
 * line that names a finance office or meeting, names none. Every text here is written for the test.
 */

const BODY =
  "记者从某省人社厅获悉，1至11月，全省城镇新增就业24.64万人，完成年计划的107.13%；农村劳动力转移就业289.77万人。\n在重点群体方面，高校毕业生留省就业规模实现三年连续增长。";
const publisherOf = (first: string) =>
  parseBulletinText(`${first}${BODY}`).bulletin.publication.publisher?.name;

describe("a finance news service's dateline", () => {
  test.each([
    ["新华财经长春12月7日电(记者王某)", "新华财经"],
    ["新華財經長春12月7日電(記者王某)", "新華財經"],
    ["某某财经北京5月6日讯 ", "某某财经"],
    ["某某财经讯（记者 王某）", "某某财经"],
  ])("parseBulletinText: `%s` names %s", (first, outlet) => {
    expect(publisherOf(first)).toBe(outlet);
  });

  test.each([
    ["a kind of outlet alone", "财经长春12月7日电 "],
    ["a finance office's meeting", "某省财经工作会议12月7日召开，"],
  ])("parseBulletinText: %s names no outlet", (_, first) => {
    expect(publisherOf(first)).toBeUndefined();
  });
});
