import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens with its first paragraph, no title, re-wrapped by a PDF's extraction at the
 * page's width (corpus/perturb.ts, `rewrap`), its first line a few half-cells short of the page
 * (a number kept whole, a converter's pinyin) and the line under it opening with the rest of the
 * clause the width broke (`…新聞發` / `布會上獲悉，…`): the first line is the paragraph's start, no
 * title. A headline as wide as the page over its paragraph stays a headline: the line under it
 * opens a sentence of its own (a clause of time, `今年以来，`, `昨天，`; a long first clause), or a
 * blank line parts them.
 */
describe("a text's first line whose clause the next line ends", () => {
  test.each([
    [
      "joins a first line broken inside a word, a converter's pinyin on it",
      // tianjin-trade-2021-q3-trad, re-wrapped at 44 half-cells.
      "記者從天津海關(guān)昨天舉行的新聞發(fā)\n布會上獲悉,今年前三季度天津市外貿(mào)\n進(jìn)出口總值為6287.8億元人民幣,創(chuàng)\n歷史同期最高紀(jì)錄,比上年同期增長\n14.7%,較2019年同期增長16.7%。其中,出口\n2776.8億元,增長23.1%;進(jìn)口3511億元,",
      "新聞發布會上獲悉",
    ],
    [
      "joins a first line a few half-cells short of the page, its clause ended on the next",
      // henan-wheat-harvest-05-27-trad, re-wrapped at 44 half-cells.
      "大象新聞記者從河南省農(nóng)業(yè)農(nóng)村\n廳了解到,截至5月27日17時,我省已收獲小麥\n1789.5萬畝(約占全省種植面積的21%),其中:南陽\n736萬畝(65.6%),駐馬店461.6萬畝(39.4%),信陽\n304萬畝(61%),平頂山118.2萬畝(33.8%),洛陽65萬\n畝(18.5%),鄭州38.4萬畝(16.8%)。",
      "農業農村廳了解到",
    ],
    [
      "joins a first line over a line that ends with an opening quote",
      // heihe-12319-2006, re-wrapped at 59 half-cells.
      "为了进一步推进黑龙江省委省政府提出的“十项利民行动”重大举\n措的实施,黑河市建设局在2005年5月26日正式设立和开通了“\n12319”服务热线。热线工作人员以“事事有回音、件件有答复”为\n服务宗旨,全天候24小时为百姓提供快捷的服务,进一步拉近了政\n府与群众的感情。截至发稿日,共受理投诉电话3928件,其中受理\n办结3892件。办结率为98%,群众满意率为95%。",
      "重大举措的实施",
    ],
  ])("%s", (_, text, joined) => {
    expect(repairExtractedText(text).split("\n")[0]).toContain(joined);
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication?.title).toBeUndefined();
  });

  test.each([
    [
      "keeps a headline over a paragraph that opens with a clause of time",
      // changzhou-trade-2008q1, re-wrapped at 38 half-cells.
      "一季度全市外贸进出口保持高速增长\n今年以来,面对当前国际国内诸多不确定因\n素导致我国外贸发展形势空前严峻的形势\n下,全市外贸进出口企业及时积极应对困难,\n及时调整经营思路,勇于开拓市场,取得了\n可喜的成效,一季度全市外贸发展保持高速",
      "一季度全市外贸进出口保持高速增长",
    ],
    [
      "keeps a headline over a paragraph that opens with its day",
      // qianxinan-fire-04, re-wrapped at 39 half-cells.
      "黔西南州公安消防支队公布了4月份火灾情况\n昨天,黔西南州公安消防支队公布了4月份\n火灾情况,全州共发生火灾42起,直接财产\n损失51.35万元,所幸的是,无人员伤亡。\n4月份,该州消防部队共接警出动160起,其\n中火灾扑救48起(含增援)、抢险救援78起、",
      "黔西南州公安消防支队公布了4月份火灾情况",
    ],
    [
      "keeps a headline over a paragraph whose first clause is long",
      // nanfen-kindergarten-supervision-2019, re-wrapped at 51 half-cells.
      "南芬区2019年幼儿园办园行为督导评估工作顺利完成\n为全面规范幼儿园办园行为,提高保教质量,根据教育部\n《幼儿园办园行为督导评估办法》及省、市人民政府教育\n督导室《关于开展2019年幼儿园办园行为督导评估工作的\n通知》的要求,南芬区教育督导室、南芬区教育局组成督导\n评估组,对辖区内三所幼儿园的办园行为进行了督导评估。",
      "南芬区2019年幼儿园办园行为督导评估工作顺利完成",
    ],
    [
      "keeps a centred headline over a paragraph indented as a first line",
      // changde-12333-survey-2025 as pdf-like prints it (stray spaces, indented, re-wrapped at 80).
      "          近40 万个来电背后的民生温度——常德人 社 12333热线服务效能调查\n　　“您好，常德人社 12333，请问有什么可以帮您？”11 月 10 日上午 9 时，常德\n 12345热线大厅里，话务员汪玲 玲接 起当天第 10 通来电，声音温和而清晰。\n　　电话那头，一位女士 急促地说：“我养老 金认证失败了，就我一个 人住，孩子都在外地，怎么办 啊？”\n　　“阿姨您 别急，我们可以试试‘刷脸’认 证。”汪玲玲轻声 安抚，认证的流程已\n在她脑中清晰浮现，“我说 一步，您跟着操作一步，好吗……”\n　　这间忙碌的大 厅，是人社12333热线在2021 年底归并至常德 12345 政务服务便\n民热线后的新家，也是无数市民寻求帮助的第一站。\n　　方寸之间的温度：\n　　守护每一份民生期盼",
      "近40万个来电背后的民生温度——常德人社12333热线服务效能调查",
    ],
    [
      "keeps a first line that a blank line parts from the short clause under it",
      "記者從天津海關(guān)昨天舉行的新聞發(fā)\n\n布會上獲悉,今年前三季度天津市外貿(mào)\n進(jìn)出口總值為6287.8億元人民幣,創(chuàng)\n歷史同期最高紀(jì)錄,比上年同期增長\n14.7%,較2019年同期增長16.7%。其中,出口\n2776.8億元,增長23.1%;進(jìn)口3511億元,",
      "記者從天津海關昨天舉行的新聞發",
    ],
  ])("%s", (_, text, title) => {
    expect(repairExtractedText(text).split("\n")[0]).toBe(title);
    expect(parseBulletinText(text).bulletin.publication?.title).toBe(title);
  });
});
