/**
 * `某某报记者李某`, `某某报业全媒体记者王某`, `某某报记者李某摄影报道`: a reporters' byline whose names
 * run straight on to the role, as a page prints it alone under its last paragraph (no space, no
 * brackets). What follows the outlet's name (which the caller has read): a bureau perhaps
 * (`驻某市`), the role with its rank (`全媒体记者`, `首席记者`), then one to four names of two to four
 * Han characters parted by `、`, and `报道` or `摄影报道` perhaps (a photographer's `摄` alone is a
 * picture's credit). Words a sentence goes on with after 记者 (`获悉`, `从…`, `了解到`) are no name.
 */
const RUN_ON_BYLINE_REST =
  /^(?:[驻駐][\u4e00-\u9fff]{1,6})?(?:全媒体|融媒体|全媒體|融媒體|首席|见习|見習|特约|特約)?[记記]者(?!获悉|獲悉|了解|从|從|注意|采访|採訪|走访|走訪|近日|日前|昨日|今天|昨天|发现|發現|看到|在)[\u4e00-\u9fff·]{2,4}(?:、[\u4e00-\u9fff·]{2,4}){0,3}(?:摄影报道|攝影報道|报道|報道)?$/;

/**
 * Whether `rest`, the text after a byline's outlet, is its role and names run on
 * ({@link RUN_ON_BYLINE_REST}); a photographer's `…摄` closing it is a picture's credit.
 */
export const isRunOnBylineRest = (rest: string): boolean =>
  rest.length <= 24 && !/[摄攝]$/.test(rest) && RUN_ON_BYLINE_REST.test(rest);
