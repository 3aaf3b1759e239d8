/**
 * `在` right before a count, perhaps with the whole place between (`在全县305个村`); not the 在 of a
 * word (`存在3个问题`, `现在`, `正在`, `所在`, `实在`).
 */
const PLACE_LEAD = /(?<![存现現正所实實潜潛自])在(?:全[省市县縣区區镇鎮乡鄉])?$/;
/** A count of places or bodies (not a span of time, an amount or a rate). */
const PLACES_COUNTED = /\d(?:个|個|家|所|座|处|處)$/;
/**
 * The places' short noun (no 的, 之, clause mark or digit; not `方面`: aspects are no places) and a
 * verb of setting something up, holding or fitting it there, within twelve characters.
 */
const SET_UP_THERE =
  /^(?!方面|层面|層面|环节|環節)[^，。；：,;:！？的之\d]{1,10}?(?:举办|舉辦|安装|安裝|成立|设立|設立|设置|設置|建立|开设|開設|组建|組建|布设|佈設|挂牌|掛牌|试点|試點|推行)/;

/**
 * Whether the count at `text[i, end)` counts the places where something was set up, held or fitted
 * (`在16个派出所成立“警民联调”工作室`, `在149个小区主要出入口安装监控摄像头`, `在9个乡镇举办招聘会`): `在`
 * right before it, its short noun, then the verb. Work reports of every office print the reach of
 * a measure so; the text reports the count, as it does the count after 对 before 进行.
 *
 * @example
 * placeOfAction("在16个派出所成立工作室", 1, 4); // true
 * placeOfAction("存在3个问题", 2, 4); // false
 */
export function placeOfAction(text: string, i: number, end: number): boolean {
  return (
    PLACE_LEAD.test(text.slice(Math.max(0, i - 4), i)) &&
    PLACES_COUNTED.test(text.slice(Math.max(i, end - 2), end)) &&
    SET_UP_THERE.test(text.slice(end, end + 24))
  );
}
