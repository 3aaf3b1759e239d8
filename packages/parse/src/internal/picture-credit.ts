/**
 * `（图片来源：某省邮政管理局）`, `圖片來源於某某局網站`, `图片来源:某网`: a picture's credit opening its line
 * (in brackets perhaps): it names where the picture came from, not who published the page.
 */
const PICTURE_CREDIT = /^[（(]?\s*(?:图片|圖片)(?:来源|來源)/;

/**
 * Whether `text` is a picture's credit ({@link PICTURE_CREDIT}): no page's source field and no issuer's
 * name alone.
 *
 * @example
 * isPictureCredit("（图片来源：某省邮政管理局）"); //=> true
 * isPictureCredit("来源：某省邮政管理局"); //=> false
 */
export const isPictureCredit = (text: string): boolean => PICTURE_CREDIT.test(text);
