/**
 * A line of a site's menu printed over a page's headline, no heading of the text:
 * - a link named in Chinese and again in English (`联系我们 Contact`, `搜索？？？Search`: its separator
 *   perhaps lost to `?` by a copy's encoding), two to six Han characters then Latin words alone;
 * - links to other sites parted by bars (`中国政府网 | 某某部 | 某省政府门户网站 无障碍浏览|`): three
 *   names or more, each short, no digit and no sentence's mark among them.
 * Near-misses: `文旅这十年 | 我国博物馆…` (a headline of two parts), `2023年GDP`, a table's row
 * (`地区 | 2023 | 增长`, digits), a headline naming an English word after more words.
 */
export function isSiteMenuLine(text: string): boolean {
  if (text.length > 60) return false;
  if (GLOSSED_LINK.test(text)) return true;
  if (!/[|｜]/.test(text) || /[\d。，；！？：:]/.test(text)) return false;
  const parts = text.split(/[|｜]/).map((p) => p.trim());
  if (parts[parts.length - 1] === "") parts.pop();
  return parts.length >= 3 && parts.every((p) => p.length >= 2 && p.length <= 16);
}
const GLOSSED_LINK = /^[\u4e00-\u9fff]{2,6}[\s?？·|｜]*[A-Za-z]{2,}(?: [A-Za-z]{2,}){0,2}$/;
