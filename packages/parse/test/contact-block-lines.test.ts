import { parseBulletinText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A small site's contact block and tagline over its page (`全国咨询热线` / `18729901578` / `西户墓园-西户殡仪馆公墓-
 * 西户公墓-…`; `成都市青羊區日月大道1501號萬和中心3棟806號` / `13880368355` / `服務熱線2`): its hotline label,
 * a mobile number, a street address and a hyphened tagline alone on their lines are the site's, so the
 * headline under them is the title. Lines from the tuning texts `national-eco-burial-2024-xhbinyi` and
 * `sichuan-consumer-2022-trad`; near misses (a heading with its marker, a headline with one hyphen, a
 * counted hotline) stay the text's.
 */

const titleOf = (text: string) => parseBulletinText(text).bulletin.publication.title;
const HEADLINE = "实现惠民殡葬政策全覆盖";
const BODY =
  "发布时间:2025-04-17浏览次数:15\n近年来，民政部大力推进生态安葬。2024年，全国共有19.47万例骨灰实施生态安葬，较2019年增长67%。";

describe("a site's contact block over its headline", () => {
  test.each([
    { head: ["全国咨询热线", "18729901578"] },
    {
      head: [
        "全国咨询热线",
        "18729901578",
        "西户墓园-西户殡仪馆公墓-西户公墓-西安沣都苑生命纪念园-西安市第四殡仪馆-西安市鄠邑区公墓",
      ],
    },
    {
      head: [
        "成都市青羊區日月大道1501號萬和中心3棟806號",
        "13880368355",
        "服務熱線2",
        "19983396406",
      ],
    },
    { head: ["免费服务热线", "13541229833"] },
  ])("parseBulletinText: $head over the headline leaves it the title", ({ head }) => {
    expect(titleOf(`${head.join("\n")}\n${HEADLINE}\n${BODY}`)).toBe(HEADLINE);
  });

  test.each([
    { line: "12345热线", title: "12345热线" },
    { line: "西户墓园-西安市第四殡仪馆", title: "西户墓园-西安市第四殡仪馆" },
  ])("parseBulletinText: `$line` alone over the text stays its title", ({ line, title }) => {
    expect(titleOf(`${line}\n${BODY}`)).toBe(title);
  });
});
