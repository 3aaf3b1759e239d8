/** A body's name by its level alone (`市审计局`, `县审计局`): no place before the level. */
const LEVEL_LED = /^[省市县区縣區]/;

/**
 * `市审计局局长 王某` (a masthead's issuer named by its level alone: a report's speaker's office, a
 * name line `市统计局`) on a page whose own
 * field names the same body with its place (`来源：某某市审计局`, `发布机构 | 某某县审计局 |`): the
 * page's fuller name, the one that ends with the level's; else `issuer` as read.
 *
 * @example
 * placedIssuer("县审计局", "某某县审计局"); //=> "某某县审计局"
 * placedIssuer("县审计局", "某某县人民政府办公室"); //=> "县审计局"
 */
export function placedIssuer(
  issuer: string | undefined,
  pageIssuer: string | undefined,
): string | undefined {
  if (issuer === undefined || pageIssuer === undefined || !LEVEL_LED.test(issuer)) return issuer;
  return pageIssuer.length > issuer.length && pageIssuer.endsWith(issuer) ? pageIssuer : issuer;
}
