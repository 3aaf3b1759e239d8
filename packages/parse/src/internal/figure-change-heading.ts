/**
 * `财政投入近1300亿元，增幅6.56%`, `全市接待游客超过3200万人次，同比下降4.6%`: an item's heading alone on
 * its line (after its marker, no sentence's mark) that states one figure and then, as a clause of its
 * own, that figure's rate of change: the item's title, as the same heading without its change is.
 * Not three clauses, a clause of time first (`1-5月，…`: its words hold no digit before the figure),
 * a change that is no rate (`增加3.9亿元`), nor a line a `。` closes.
 */
export const isFigureChangeHeading = (lead: string): boolean =>
  lead.length <= MAX_FIGURE_CHANGE_HEADING && FIGURE_CHANGE_HEADING.test(lead);

const MAX_FIGURE_CHANGE_HEADING = 40;

const FIGURE_CHANGE_HEADING =
  /^[\u4e00-\u9fff“”《》]{2,24}\d+(?:\.\d+)?[万萬亿億]?[\u4e00-\u9fff]{1,3}[，,](?:同比|比上年|较上年)?(?:增幅|降幅|增长|增長|下降|上升|减少|減少)\d+(?:\.\d+)?[%％]$/;
