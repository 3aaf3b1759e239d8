/**
 * `综合全年实现地区生产总值…`, `农业全年全区…`, `工业和建筑业初步核算，…`: after a section's marker, one
 * of the standard headings of a statistical communiqué (统计公报: the parts every such communiqué
 * prints) run into the part's text by a copy that lost the line break, the text opening with a
 * clause of time or of its source (`全年`, `年末`, `初步核算`, `按照`, `根据`, `据`, `截至`, a year).
 * Not words that merely open with such a heading (`综合施策…`, `农业农村…`, `工业经济…`).
 */
const STATS_HEAD =
  /^(?:综合|人口|农业|工业和建筑业|工业|建筑业|能源|固定资产投资|国内贸易|对外经济|对外贸易|开放型经济|交通运输和邮电|交通运输|邮电|旅游|财政和金融|财政|金融|教育和科学技术|科学技术|教育|文化|卫生|体育|社会保障|人民生活|资源和环境|环境保护|城市建设|安全生产)(?=全年|年末|年初|初步核算|按照|根据|据|截至|\d{4}年)/;

/**
 * `基本情况全镇总面积…`: a report's generic heading run into the part's first sentence. Not a sentence
 * about it (`基本情况良好`, `总体情况看`, `基本情况和…`) nor a longer heading (`总体情况分析`, `基本情况表`).
 */
const GENERIC_HEAD =
  /^(?:基本情况|总体情况|基本概况)(?=[\u4e00-\u9fffXx])(?![和及与的看如是为良较表]|分析|统计|汇报|说明|介绍|简介|报告|通报|一览|回顾|概述|综述)/;

/**
 * The length of the heading `title` opens with, a communiqué's ({@link STATS_HEAD}) or a report's
 * generic one ({@link GENERIC_HEAD}) run into its text, else 0.
 */
export function statsHeadEnd(title: string): number {
  return (STATS_HEAD.exec(title) ?? GENERIC_HEAD.exec(title))?.[0].length ?? 0;
}
