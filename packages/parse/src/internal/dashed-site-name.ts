/**
 * `市长热线年受理来电13万 ——中国某某网`: a page's title closed by the site's name after a pair of dashes
 * (`——`, `－－`, `--`), spaces perhaps around them: the name, two to fifteen Han characters ending
 * as a site's does (`网`, `网站`, `门户`, `频道`, either script).
 */
const DASHED_SITE =
  /\s*(?:——|－－|--)\s*[\u4e00-\u9fff]{1,13}(?:网|網|网站|網站|门户|門戶|频道|頻道)\s*$/;

/**
 * Where a page's title ends when a site's name follows it after a pair of dashes
 * ({@link DASHED_SITE}): the length of the headline before them (six characters at least), else
 * undefined (`…——记某某中心`, `…——2010年工作综述`: a subtitle).
 */
export function dashedSiteNameAt(title: string): number | undefined {
  const m = DASHED_SITE.exec(title);
  if (m === null || m.index < 6) return undefined;
  return m.index;
}
