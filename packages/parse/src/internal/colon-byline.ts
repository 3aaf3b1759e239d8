/**
 * A reporter's byline printed with a colon after its role, alone on a news copy's first line:
 * `某某早报全媒体记者：王某`, `记者：王某 李某`, `作者：某某信报 王某` (the repair may have joined the
 * outlet and the names), `◇記者：王某`. The page's credit, no headline.
 */

/** An outlet's name as a byline prints it before a reporter's name: ends as a paper, a site, an agency or a station does. */
const OUTLET = String.raw`[\u4e00-\u9fff]{2,10}?(?:报|報|网|網|社|台)`;
/** A reporter's name: two to four Han characters (a copy's lost marks may leave a gloss out of it). */
const NAME = String.raw`[\u4e00-\u9fff]{2,4}`;

/**
 * `某某早报全媒体记者：王某`, `特约记者：王某`, `记者：王某、李某`, `作者：某某信报 王某`, `作 者：王某`: the role
 * (`记者` with an outlet's name and a qualifier perhaps before it, `全媒体`, `融媒体`, `特约`, `首席`,
 * `见习`; or `作者`, its two characters perhaps spaced apart), a colon, then perhaps an outlet's name
 * (group 1), and one to four names (parted by spaces, `、` or `，`, or joined by the repair), nothing
 * else. Near-misses: a sentence after the colon (`记者：近日从市统计局获悉…`, a time word or a verb
 * opening it, or a mark), a role that goes on with other words before the colon (`记者手记：…`,
 * `记者节：…`), a line longer than {@link MAX_COLON_BYLINE}.
 */
const COLON_BYLINE = new RegExp(
  String.raw`^(?:[\u25a0-\u25ff\u2605\u2606]\s*)?(?:(?:[\u4e00-\u9fff]{2,12}?)?(?:全媒体|全媒體|融媒体|融媒體|特约|特約|首席|见习|見習)?(?:记者|記者)|作\s?者)\s*[：:]\s*(?!近日|昨日|今日|日前|今年|从|從|在|据|據)(?:(${OUTLET})\s*)?${NAME}(?:[\s、，,]?${NAME}){0,3}$`,
);

/** Longest line read as such a byline. */
const MAX_COLON_BYLINE = 36;

/** Whether `text` is a byline with a colon after its role ({@link COLON_BYLINE}). */
export function isColonByline(text: string): boolean {
  return text.length <= MAX_COLON_BYLINE && COLON_BYLINE.test(text);
}

/**
 * The outlet a colon byline names after its `作者` label (`作者：某某信报 王某` → `某某信报`), else
 * undefined (an outlet before the role, `某某早报记者：王某`, is read as other bylines are).
 */
export function colonBylineAuthorOutlet(text: string): string | undefined {
  if (!isColonByline(text) || !/^(?:[\u25a0-\u25ff\u2605\u2606]\s*)?作\s?者/.test(text))
    return undefined;
  return COLON_BYLINE.exec(text)?.[1];
}
