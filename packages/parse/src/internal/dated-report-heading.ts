/**
 * `某某热线群众诉求办理情况周报（2022年6月25日—7月1日）`, `某某月报(2023年5月)`: a report's name, ending
 * with its kind (`周报`, `月报`, `季报`, `旬报`, `简报`, `通报`, `快报`, `专报`, `报告`, either script), closed
 * by the span it covers in brackets (a year in it).
 */
const DATED_REPORT =
  /^[^。；，！？：:]{4,40}?(?:[周週月季旬简簡通快专專][报報]|[报報]告)\s*(?:（[^（）]*\d{4}年[^（）]*）|\([^()]*\d{4}年[^()]*\))$/;

/**
 * The first of a text's headings that is a {@link DATED_REPORT} (60 characters at most): the
 * report's title, for a text with no title over it; else undefined.
 */
export function datedReportHeading(headings: readonly string[]): string | undefined {
  return headings.find((h) => h.length <= 60 && DATED_REPORT.test(h));
}
