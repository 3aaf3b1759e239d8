import { isNamedOutlet } from "./page-foot";
import { isOrg } from "./read-masthead";
import type { TextLine } from "./text-line";
import { simplified } from "./web-page";

/** `6月3日，`, `10月1日晚，`, `10月3日晚7時，`, `近日，`: the day (and its hour) of the news before the lede's subject. */
const DAY_LEAD =
  /^(?:(?:\d{1,2}月)?\d{1,2}日(?:凌晨|上午|中午|下午|晚上|晚间|晚間|晚)?(?:\d{1,2}[时時点點](?:\d{1,2}分)?)?|近日|日前)[，,]\s*/;

/**
 * `某市商务局消息，…`, `某市统计局发布统计公告：…`, `国家统计局某市调查队调查数据显示，…`: a lede's subject (four to
 * twenty Han characters, the shortest that reads) giving out the news as its own: as its message
 * (`消息，`), its own bulletin (`发布统计公告：`) or its own survey's data (`调查数据显示，`): group 1 the
 * subject; or as the body releasing its own periodical report, named by its kind in the clause
 * (`某中心发布11月雨水情月报，`, `某办公室发布…第1号旅游信息通报。`). A body that releases a report or data
 * (`某局发布了…`, `某局发布的…显示`, `某局发布数据显示，`, `某局今日向媒体公布了…`) is the news' source in a
 * copy another outlet wrote, no publisher (the corpus's readers took it so). A subject opening with 据
 * (`12日，据某中心消息，…`) is a credit the lede gives its news, no body giving it out.
 */
const ANNOUNCING =
  /^(?!据)([\u4e00-\u9fff]{4,20}?)(?:消息[，,：:]|发布(?:统计)?(?:公告|公报)[，,：:]|(?:调查|监测)数据显示[，,：:]|发布(?![了的])[^，,。；;：:！？了的]{0,30}?(?:通报|月报|周报|旬报|简报|快报|公报)[》”"]?[，,。])/;

/**
 * A place or level in a body's name (`某市`, `自治区`, `国家`, `全国`): a lede names the body giving out its news
 * in full; a name without one (`价格监测中心`) may be the tail of a credit the copy broke over two lines
 * (`据海南省` / `价格监测中心…`).
 */
const PLACED = /[省市县縣区區州盟旗镇鎮乡鄉]|[国國]家|中[国國]|全[国國]/;

/** Lines from the body's top the lede may stand on (under a headline or a page's line the parser kept). */
const MAX_LEDE_LINE = 2;

/**
 * The body a lede among the body's first lines opens on as the subject giving out its news
 * ({@link ANNOUNCING}; a body's name, {@link isOrg}, or an outlet's, {@link isNamedOutlet}, four characters
 * or more: `统计局消息，` names a kind, no body; its place in it, {@link PLACED}), as printed; else undefined.
 * The line is a lede: thirty characters or more, a sentence's comma or stop in it (a headline naming a
 * body is none). A subject that is no body (`全市监测数据显示，…`) and a
 * body that is not the subject giving out the news (`某市统计局局长说，…`) name none.
 *
 * @example
 * bodyAnnouncingLede(body) // `某市商务局` for `6月3日，某市商务局消息，2021年1-5月，全市…同比增长5.2%。`
 */
export function bodyAnnouncingLede(body: readonly TextLine[]): string | undefined {
  for (const line of body.slice(0, MAX_LEDE_LINE)) {
    const name = announcer(line.text);
    if (name !== undefined) return name;
  }
  return undefined;
}

function announcer(text: string): string | undefined {
  if (text.length < 30 || !/[，,。]/.test(text)) return undefined;
  const lead = DAY_LEAD.exec(text)?.[0].length ?? 0;
  const head = simplified(text.slice(lead, lead + 50));
  const name = ANNOUNCING.exec(head)?.[1];
  if (name === undefined || !PLACED.test(name) || !(isOrg(name) || isNamedOutlet(name)))
    return undefined;
  return text.slice(lead, lead + name.length);
}
