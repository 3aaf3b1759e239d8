import { crumbSteps } from "./fielded-breadcrumb";
import { isNamedOutlet } from "./page-foot";
import { isBreadcrumb, simplified } from "./web-page";

/** How many of the page's dropped lines are read for its breadcrumb (it stands in the page's head). */
const BREADCRUMB_LINES = 12;

/**
 * `您现在的位置:某某网 > 旅游 > 旅游资讯 > 正文`: a news outlet's copied page whose breadcrumb (among the
 * page's first dropped lines, `webLines`) opens its path with the outlet's own name
 * ({@link isNamedOutlet}: `某某网`, `某某日报`), as printed; else undefined. The page names the site it
 * ran on; a path opening with `首页` or a column (`新闻中心`) names none.
 */
export function breadcrumbOutlet(webLines: readonly { text: string }[]): string | undefined {
  for (const line of webLines.slice(0, BREADCRUMB_LINES)) {
    const text = line.text.trim();
    if (!isBreadcrumb(text)) continue;
    const [first] = crumbSteps(text);
    return first !== undefined && isNamedOutlet(simplified(first)) ? first : undefined;
  }
  return undefined;
}
