/**
 * `作者：王某`, `编辑：小李`, `文字：`, `转载：某某网站`: a page's next field, its label and colon (its value
 * perhaps after them), where a field before it was left empty (`来源:  |  作者:王某`). No body's name
 * holds a field's colon, so such a value names no publisher.
 *
 * @example
 * holdsFieldColon("作者：王某"); //=> true
 * holdsFieldColon("某县城市管理局"); //=> false
 */
export const holdsFieldColon = (value: string): boolean =>
  value.includes("：") || value.includes(":");
