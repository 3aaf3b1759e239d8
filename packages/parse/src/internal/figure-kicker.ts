/**
 * An amount a headline states: a number, its scale perhaps (`万`, `亿`), and a unit of money, of
 * things counted or a percentage (`2.96亿元`, `12.6万件`, `99.5%`); not a year (`2020年`), a date,
 * a span of months (`前7个月`) or a name's digits (`12345热线`).
 */
const AMOUNT =
  /\d+(?:\.\d+)?\s*[万亿萬億]{0,2}\s*(?:元|件|人次|人|户|戶|个(?!月)|個(?!月)|家|起|吨|噸|亩|畝|斤|套|项|項|宗|次|%|％)/;

/**
 * `全年为消费者挽回经济损失近2.96亿元` / `我省2020年度消费维权白皮书发布`: a kicker (引题) that states the
 * result in an amount over a main line (主题) that names the event without one: the main line is the
 * headline alone, the kicker a line of the text.
 */
export function isFigureKicker(kicker: string, main: string): boolean {
  return AMOUNT.test(kicker) && !AMOUNT.test(main);
}
