import { parseBulletinText, repairExtractedText } from "@bulletin/parse";
import { describe, expect, test } from "vitest";

/**
 * A text that opens with its first paragraph, no title, re-wrapped by a PDF's extraction at the
 * page's width (corpus/perturb.ts, `rewrap`): its first line, short now and unindented, must not
 * read as a title broken from the paragraph. Titles over such a paragraph stay titles.
 */
describe("a paragraph re-wrapped at the page's width at the top of a text", () => {
  test.each([
    [
      "reads a first line that fills the page and ends mid-clause as the paragraph's start",
      // tongchuan-forestry-q1-3, re-wrapped at 48 half-cells.
      "市林业局围绕市委、市政府和省林业厅确定的年度\n目标任务和重大做决策部署,按照生态优先、改革创\n新、提质增效的总体要求,扎实推进各项林业重点工\n程建设,前三季度,各项林业重点工作进展顺利。\n(一)完成林业固定资产投资2亿元,占年计划的100%。\n(二)截止10月28日,完成造林11.4万亩,占年计划12\n万亩的95%。其中:实施天然林保护工程、三北防护\n林工程和退耕还林等林业重点工程造林7.55万亩,绿\n化铜川五大工程1.08万亩。",
      "确定的年度目标任务",
    ],
    [
      "reads a first line that ends mid-word as the paragraph's start",
      // xinping-prices-2017-10, re-wrapped at 46 half-cells.
      "根据新平县发改局对县城62种主要商品价格的监\n测,2017年10月,与上月相比,工业品类商品中成品\n油价格均上涨,水果类商品价格小幅下跌,食品类、\n肉禽蛋类、糖烟酒类、工业品类商品价格有涨有\n跌,豆奶制品类、水产品类、蔬菜类、水果类、生\n产资料类商品价格平稳,收费项目收费标准不变。\n在监测的62种商品价格中, 13种上涨、15种下跌、\n34种持平。",
      "主要商品价格的监测，2017年10月",
    ],
  ])("%s", (_, text, joined) => {
    expect(repairExtractedText(text).split("\n")[0]).toContain(joined);
    const { bulletin } = parseBulletinText(text);
    expect(bulletin.publication?.title).toBeUndefined();
    expect(JSON.stringify(bulletin.sections)).toContain(joined);
  });

  test.each([
    [
      "keeps a title shorter than the page over a re-wrapped paragraph",
      "林业重点工作进展顺利\n市林业局围绕市委、市政府和省林业厅确定的年度\n目标任务和重大做决策部署,按照生态优先、改革创\n新、提质增效的总体要求,扎实推进各项林业重点工\n程建设,前三季度,各项林业重点工作进展顺利。\n(一)完成林业固定资产投资2亿元,占年计划的100%。\n(二)截止10月28日,完成造林11.4万亩,占年计划12\n万亩的95%。其中:实施天然林保护工程、三北防护\n林工程和退耕还林等林业重点工程造林7.55万亩。",
      "林业重点工作进展顺利",
      1,
    ],
    [
      "keeps a title near the page's width that ends with a word over its paragraph",
      // changzhou-trade-2008q1, re-wrapped at 38 half-cells.
      "一季度全市外贸进出口保持高速增长\n市林业局围绕市委、市政府和省林业\n厅确定的年度目标任务和重大做决策部\n署,按照生态优先、改革创新、提质增\n效的总体要求,扎实推进各项林业重点\n工程建设,各项林业重点工作进展顺利。\n完成林业固定资产投资2亿元,占年计划\n的100%。截止10月28日,完成造林11.\n4万亩。",
      "一季度全市外贸进出口保持高速增长",
      1,
    ],
    [
      "keeps a headline as wide as the page that ends on a count",
      // putian-legal-aid-2012-forum's headline over a paragraph re-wrapped at 40 half-cells.
      "我市今年为困难群体提供法律援助1500余件\n市林业局围绕市委、市政府和省林业厅确\n定的年度目标任务和重大做决策部署,按照\n生态优先、改革创新、提质增效的总体要求\n,扎实推进各项林业重点工程建设,各项林\n业重点工作进展顺利。完成林业固定资产投\n资2亿元,占年计划的100%。截止10月28日\n,完成造林11.4万亩。",
      "我市今年为困难群体提供法律援助1500余件",
      1,
    ],
    [
      "keeps a title broken over two lines, its second short",
      "2022年区政府工作报告目标任务年度工作\n半年完成情况\n市林业局围绕市委、市政府和省林业厅确定的年度\n目标任务和重大做决策部署,按照生态优先、改革创\n新、提质增效的总体要求,扎实推进各项林业重点工\n程建设,前三季度,各项林业重点工作进展顺利。\n(一)完成林业固定资产投资2亿元,占年计划的100%。\n(二)截止10月28日,完成造林11.4万亩,占年计划12\n万亩的95%。其中:实施天然林保护工程、三北防护\n林工程和退耕还林等林业重点工程造林7.55万亩。",
      "2022年区政府工作报告目标任务年度工作半年完成情况",
      2,
    ],
    [
      "keeps a headline as wide as the page over a paragraph a copy indents",
      // pingjiang-procurement-2009 as pdf-like prints it (paragraph indented), the headline made as wide.
      "平江县政府采购规模首破亿元大关在全县\n\u3000\u3000平江县2009年度政府采购规模首次突\n破亿元大关,节约资金逾千万元。该县全年共\n实现政府采购10655万元,比上年同期增加4757\n万元,增长73%,共节约财政资金1021万元。",
      "平江县政府采购规模首破亿元大关在全县",
      1,
    ],
  ])("%s", (_, text, title, lines) => {
    // The title's lines come out as they came in, apart from the paragraph under them.
    const out = repairExtractedText(text).split("\n");
    expect(out.slice(0, lines).join("")).toBe(title);
    expect(out[lines]).toMatch(/^(?:市林业局围绕市委|平江县2009年)/);
  });
});
