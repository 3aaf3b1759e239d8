import { spacedTailAt, type TextLine } from "./text-line";

/**
 * A share bar: `分享` (or `分享到：`), then the networks it links, one or more (`人民微博`, `新浪微博`,
 * `腾讯微博`, `微信`, `朋友圈`, `QQ空间`, `QQ好友`, `豆瓣`, `人人网`), closing the line.
 */
const SHARE_BAR =
  /分享到?[：:]?(?:\s?(?:人民微博|新浪微博|腾讯微博|网易微博|搜狐微博|微博|微信|朋友圈|QQ空间|QQ好友|豆瓣|人人网))+$/;
/** Fewest characters of headline left before the bar. */
const MIN_SHARED_HEADLINE = 8;

/**
 * `一季度我省…降幅较大 分享 人民微博 新浪微博 腾讯微博`: a headline a news page's share bar closes, after a
 * space the repair dropped: where the headline ends (the bar's index), or undefined. Near-misses: a
 * headline's own 分享 (`…经验分享活动`: no network after it), a bar with no space before it.
 */
export function shareLinksAt(line: TextLine): number | undefined {
  return line.text.includes("分享")
    ? spacedTailAt(line, SHARE_BAR, MIN_SHARED_HEADLINE)
    : undefined;
}
