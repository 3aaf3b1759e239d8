import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A news copy may open its first sentence with its outlet's reporter learning the news from a body
 * (`北京青年报记者日前从北京市政务服务管理局了解到，…`): the paper, site or agency before 记者 is the
 * report's outlet when nothing else names one. `本报记者`, `记者` alone, and an outlet's reporter
 * who learns nothing from anyone name none. The outlet's name may stand in title marks
 * (`《某某参考报》记者从…了解到`: the name inside them); a title in marks that names no outlet
 * (`《某某条例》`) names none. Written for the rule (batch s15b's Beijing 接诉即办 item; the marks
 * for held-out-30's Shanxi 效益 item under `《经济参考报》记者…`); the cases are invented.
 */

const REST = "共受理群众反映3134万件，诉求1301万件、占比41.5%。";
const HEADING = "企业服务热线受理来电14万件";
const MORE = "开通以来共受理企业来电14万件，响应率达99.7%。";
const publisherOf = (lede: string) =>
  parseBulletinText([`${lede}${REST}`, HEADING, MORE].join("\n")).bulletin.publication.publisher
    ?.name;

describe("a first sentence opened by the outlet's reporter learning the news", () => {
  test.each([
    ["北京青年报记者日前从北京市政务服务管理局了解到，", "北京青年报"],
    ["新京报记者近日从某市统计局获悉，", "新京报"],
    ["某某日报记者王某从某县市场监督管理局获悉，", "某某日报"],
    ["央广网记者12日自某省应急管理厅获悉，", "央广网"],
    ["某某晚報記者日前從某市政務服務管理局了解到，", "某某晚報"],
    // The outlet's name in title marks, as a paper prints its own name (`《经济参考报》记者…`).
    ["《某某参考报》记者从某省统计局了解到，", "某某参考报"],
    ["《某某日報》記者日前從某市統計局獲悉，", "某某日報"],
    // The day of the news before the reporter (an older tuning text's `5日，洛报融媒记者从…获悉`).
    ["5日，某报融媒记者从某市市场监管局12315指挥中心获悉，", "某报融媒"],
    ["10月5日，某某日报记者从某县统计局获悉，", "某某日报"],
  ])("`%s` names %s", (lede, outlet) => {
    expect(publisherOf(lede)).toBe(outlet);
  });
});

describe("first sentences that name no outlet", () => {
  test.each([
    ["本报记者日前从某市政务服务管理局了解到，"],
    ["记者日前从某市政务服务管理局了解到，"],
    ["某某日报记者节座谈会上，某市政务服务管理局介绍，"],
    ["某市政务服务管理局日前向某某日报记者介绍，"],
    // A title in marks that names no outlet, or a marked outlet whose reporter learns nothing.
    ["《某某条例》记者从某市政务服务管理局了解到，"],
    ["《某某日报》记者节座谈会上，某市政务服务管理局介绍，"],
    // The day before a reporter who names no outlet.
    ["5日，记者从某市市场监管局12315指挥中心获悉，"],
    ["5日，本报记者从某市市场监管局获悉，"],
  ])("`%s`", (lede) => {
    expect(publisherOf(lede)).toBeUndefined();
  });
});
