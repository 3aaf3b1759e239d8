/** The nouns of couples a count of pairs stands before (`新人`, `夫妻`, `夫妇`, `新婚…`, `情侣`). */
const COUPLES = /^(?:新人|新婚|夫妻|夫妇|夫婦|情侣|情侶|伉俪|伉儷)/;

/**
 * Whether `对` (`對`) right before `text[j]` counts the couples named at `text[j]`: marriage and
 * 民政 news count the couples who registered or divorced so (`共有23276对新人办理结婚登记`, `3190对夫妻
 * 登记离婚`, `64对夫妇办理离婚手续`). Not `对` before other words (`110对群众…`, `12345对接`).
 *
 * @example
 * countsCouples("23276对新人办理结婚登记", 6); // true
 * countsCouples("110对群众诉求", 4); // false
 */
export function countsCouples(text: string, j: number): boolean {
  return COUPLES.test(text.slice(j, j + 2));
}
