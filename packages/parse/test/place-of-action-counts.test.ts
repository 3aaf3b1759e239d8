import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * The count of the places where something was set up, held or fitted, after `在` (right after it, or
 * after the whole place: `全县`) with its short noun and a verb of setting up, holding or fitting
 * after it (成立, 设立, 设置, 建立, 开设, 举办, 安装, 挂牌, 试点, 推行…): `在16个派出所成立“警民联调”工作室`
 * reports 16个, as the count after 对 before 进行 is reported, labelled by what it counts. Without such a
 * verb, after the 在 of a word (`正在3个社区试点`), before `方面`, or for a span of time the count stays
 * text. Written for the rule (a justice, an epidemic and an employment bureau's shapes are the first three).
 */

const figures = (body: string): string[] =>
  parseBulletinText(`一、基本情况\n受理业务3215件。\n二、工作举措\n${body}`)
    .bulletin.metrics.slice(1)
    .map((m) => `${m.label}=${m.value}${m.unit}`);

describe("a count of the places where something was set up", () => {
  test.each([
    [
      "与公安机关联合在16个派出所成立“警民联调”工作室，配备调解员225人。",
      ["派出所成立“警民联调”工作室=16个", "配备调解员=225人"],
    ],
    [
      "率先实行新举措，在149个小区主要出入口安装监控摄像头，开展排查。",
      ["小区主要出入口安装监控摄像头=149个"],
    ],
    ["通过招聘活动在9个乡镇举办线下小型招聘会，向群众宣传政策。", ["乡镇举办线下小型招聘会=9个"]],
    // (A bracket after the noun closes its label.)
    ["在全县305个村（社区）设立便民服务代办点。", ["村=305个"]],
    ["市医保局在9家三级医疗机构设立医保服务站。", ["三级医疗机构设立医保服务站=9家"]],
    ["在124個行政村開設婦女兒童之家。", ["行政村開設婦女兒童之家=124个"]],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});

describe("counts after 在 that stay text (counter-cases)", () => {
  test.each([
    // No verb of setting up in the clause.
    ["在16个派出所开会研究部署工作。", []],
    ["在3个乡镇的调研中发现问题。", []],
    // The 在 of a word, aspects, a span of time.
    ["正在3个社区试点推行垃圾分类。", []],
    ["在5个方面建立长效机制。", []],
    ["在3个工作日内设立专班。", []],
    // A verb farther on than the short noun's reach.
    ["在12个街道社区和村开展入户走访后统一设立服务点。", []],
  ])("%s → %j", (body, expected) => {
    expect(figures(body)).toEqual(expected);
  });
});
