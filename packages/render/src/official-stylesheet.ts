/**
 * The stylesheet of the `official` theme, for the markup of {@link renderHtml}. Also shipped
 * as the file `@bulletin/render/official.css` (the build writes it from this constant).
 *
 * On screen: readable and responsive, light and dark (`prefers-color-scheme`). In print
 * (Chromium "Save as PDF"), the layout of GB/T 9704-2012 《党政机关公文格式》: A4, 版心
 * 156 mm × 225 mm with the top margin 37 mm and the left 28 mm, 22 lines of 28 characters,
 * body 3号 (16 pt) 仿宋, `一、` headings 黑体 and `（一）` run-in headings 楷体, the masthead
 * in red 小标宋 with a red rule under 期号, 编印单位 and date, page numbers `— 1 —` 4号 7 mm
 * under the 版心 (odd pages right, even pages left, one character in), tables in 仿宋 小四
 * (12 pt) ruled and as wide as the 版心 (their head repeated on each page), and the 报/送/发
 * block in 4号 between rules. Fonts fall back to system CJK fonts. Its `@page` rules apply to the
 * whole page it is loaded in.
 *
 * @example
 * ```ts
 * const style = document.createElement("style");
 * style.textContent = officialStylesheet;
 * document.head.append(style);
 * ```
 */
export const officialStylesheet: string = `/* @bulletin/render official theme. Print: GB/T 9704-2012 (A4, 版心 156 mm x 225 mm, 22 x 28). */
:where(.bulletin-page, .bulletin) {
  --bulletin-red: #d40000;
  --bulletin-ink: #1b1b1b;
  --bulletin-muted: #555;
  --bulletin-paper: #fffdf9;
  --bulletin-fangsong: FangSong, "仿宋", FangSong_GB2312, "仿宋_GB2312", STFangsong, "华文仿宋",
    "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC",
    SimSun, serif;
  --bulletin-heiti: SimHei, "黑体", "Heiti SC", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
    "WenQuanYi Micro Hei", sans-serif;
  --bulletin-kaiti: KaiTi, "楷体", KaiTi_GB2312, "楷体_GB2312", STKaiti, "华文楷体", "Kaiti SC",
    "AR PL UKai CN", "AR PL UKai", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --bulletin-xiaobiaosong: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXiaoBiaoSong-B05",
    "方正小标宋_GBK", STZhongsong, "华文中宋", "Noto Serif CJK SC", "Source Han Serif SC", SimSun,
    serif;
}

.bulletin-page {
  margin: 0;
  background: var(--bulletin-paper);
  color-scheme: light dark;
}

.bulletin {
  box-sizing: border-box;
  max-width: 46em;
  margin: 0 auto;
  padding: clamp(1rem, 5vw, 3.5rem) clamp(1rem, 5vw, 3rem) 3rem;
  color: var(--bulletin-ink);
  background: var(--bulletin-paper);
  font-family: var(--bulletin-fangsong);
  font-size: clamp(1rem, 0.94rem + 0.3vw, 1.15rem);
  line-height: 1.9;
  text-align: justify;
  line-break: strict;
  overflow-wrap: break-word;
  font-kerning: none;
}

.bulletin-masthead {
  margin: 0 0 1.75em;
  padding-bottom: 0.5em;
  border-bottom: 2px solid var(--bulletin-red);
  text-align: center;
}

.bulletin-title {
  margin: 0.25em 0 0.3em;
  color: var(--bulletin-red);
  font-family: var(--bulletin-xiaobiaosong);
  font-size: clamp(2rem, 1.3rem + 3.5vw, 3.25rem);
  font-weight: 700;
  line-height: 1.25;
  letter-spacing: 0.12em;
}

.bulletin-number {
  margin: 0 0 0.5em;
}

.bulletin-imprint {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0 0.5em;
  margin: 0;
  text-align: left;
}

.bulletin-date {
  margin-left: auto;
}

.bulletin-section > h2 {
  margin: 1.25em 0 0.5em;
  font-family: var(--bulletin-heiti);
  font-size: 1em;
  font-weight: 400;
  text-indent: 2em;
}

.bulletin-section p {
  margin: 0 0 0.6em;
  text-indent: 2em;
}

.bulletin-masthead p {
  text-indent: 0;
}

.bulletin-item-heading {
  font-family: var(--bulletin-kaiti);
  font-weight: 400;
}

/* 编者按: set in 楷体 with a 黑体 label, before the numbered sections. */
.bulletin-note p {
  font-family: var(--bulletin-kaiti);
}

.bulletin-note-label {
  font-family: var(--bulletin-heiti);
  font-weight: 400;
}

.bulletin cite {
  font-style: normal;
}

.bulletin em {
  font-style: normal;
  font-weight: 700;
}

.bulletin abbr[title] {
  text-decoration: underline dotted color-mix(in srgb, currentColor 35%, transparent);
  text-underline-offset: 0.2em;
}

.bulletin data,
.bulletin time {
  font: inherit;
}

/* Tables: ruled, centred figures; a wide table scrolls sideways on a narrow screen. */
.bulletin-table {
  margin: 0.6em 0 1em;
  overflow-x: auto;
}

.bulletin-table table {
  width: 100%;
  border-collapse: collapse;
  font-size: 0.875em;
  line-height: 1.5;
  text-align: center;
}

.bulletin-table caption {
  margin-bottom: 0.3em;
  font-family: var(--bulletin-heiti);
}

.bulletin-table th,
.bulletin-table td {
  padding: 0.2em 0.5em;
  border: 1px solid currentColor;
  font-weight: 400;
}

.bulletin-table th {
  font-family: var(--bulletin-heiti);
}

.bulletin-section .bulletin-table-note {
  margin: 0.3em 0 0;
  font-size: 0.875em;
  line-height: 1.5;
  text-indent: 0;
}

.bulletin-distribution {
  margin: 2.5em 0 0;
  padding: 0.35em 1em;
  border-top: 1px solid currentColor;
  border-bottom: 1px solid currentColor;
  font-size: 0.875em;
}

.bulletin-distribution p {
  margin: 0;
  padding-left: 2em;
  text-indent: -2em;
}

.bulletin-distribution [data-role="copyTo"] {
  padding-left: 3em;
  text-indent: -3em;
}

.bulletin-distribution .bulletin-copies {
  padding: 0;
  text-indent: 0;
  text-align: right;
}

@media screen and (prefers-color-scheme: dark) {
  :where(.bulletin-page, .bulletin) {
    --bulletin-red: #ff6b5f;
    --bulletin-ink: #e7e3dc;
    --bulletin-muted: #aaa;
    --bulletin-paper: #151515;
  }
}

/* Print: GB/T 9704-2012. A4; margins top 37 mm, left 28 mm; so bottom 35 mm, right 26 mm. */
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
}

/* Page numbers: 4号 (14 pt) half-width digits between em dashes, 7 mm under the 版心,
   odd pages right and even pages left, one character in. */
@page :right {
  @bottom-right {
    content: "\\2014  " counter(page) " \\2014";
    padding: 7mm 14pt 0 0;
    font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif;
    font-size: 14pt;
    vertical-align: top;
    color: #000;
  }
}

@page :left {
  @bottom-left {
    content: "\\2014  " counter(page) " \\2014";
    padding: 7mm 0 0 14pt;
    font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif;
    font-size: 14pt;
    vertical-align: top;
    color: #000;
  }
}

@media print {
  .bulletin-page {
    background: none;
  }

  .bulletin {
    --bulletin-red: #e00000;
    --bulletin-ink: #000;
    /* 版心 156 mm x 225 mm: 28 characters of 3号 (16 pt) per line, 22 lines per page. */
    --bulletin-char: calc(156mm / 28);
    --bulletin-line: calc(225mm / 22);
    max-width: none;
    margin: 0;
    padding: 0;
    background: none;
    font-size: 16pt;
    line-height: var(--bulletin-line);
    letter-spacing: calc(var(--bulletin-char) - 16pt - 0.01pt);
    orphans: 2;
    widows: 2;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }

  .bulletin-section p,
  .bulletin-section > h2 {
    margin: 0;
    text-indent: calc(2 * var(--bulletin-char));
  }

  .bulletin-section > h2 {
    break-after: avoid;
  }

  .bulletin-masthead {
    margin: 0 0 var(--bulletin-line);
    padding: 0 0 4mm;
    border-bottom: 0.5mm solid var(--bulletin-red);
    letter-spacing: 0;
  }

  /* The masthead name: red 小标宋, 小初 (36 pt). */
  .bulletin-title {
    margin: 4mm 0 6mm;
    font-size: 36pt;
    line-height: 1.2;
    letter-spacing: 0.15em;
  }

  .bulletin-number {
    margin: 0 0 2mm;
  }

  .bulletin-imprint {
    gap: 0;
  }

  .bulletin abbr[title] {
    text-decoration: none;
  }

  /* Tables: as wide as the 版心 and never wider, 仿宋 小四 (12 pt), the head repeated on
     each page, a row never split across pages. */
  .bulletin-table {
    margin: calc(var(--bulletin-line) / 4) 0;
    overflow: visible;
    letter-spacing: 0;
  }

  .bulletin-table table {
    width: 100%;
    max-width: 156mm;
    table-layout: fixed;
    font-size: 12pt;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }

  .bulletin-table caption {
    font-size: 12pt;
  }

  .bulletin-table th,
  .bulletin-table td {
    padding: 0.5mm 1mm;
    border: 0.25mm solid #000;
    font-family: var(--bulletin-fangsong);
  }

  .bulletin-table thead {
    display: table-header-group;
  }

  /* A row at least one line high: a row in which every cell spans other rows too would
     otherwise get no height, and the print would lose it (its cells seem to sit in the next
     row). */
  .bulletin-table tr {
    height: calc(1.4em + 1mm);
    break-inside: avoid;
  }

  .bulletin-section .bulletin-table-note {
    font-size: 12pt;
    line-height: 1.4;
  }

  /* 版记: 4号 (14 pt) between rules of 0.35 mm, one character in on each side. */
  .bulletin-distribution {
    margin: var(--bulletin-line) 0 0;
    padding: 1mm 14pt;
    border-top: 0.35mm solid #000;
    border-bottom: 0.35mm solid #000;
    font-size: 14pt;
    line-height: 1.6;
    letter-spacing: 0;
    break-inside: avoid;
  }

  .bulletin-distribution p {
    padding-left: 2em;
    text-indent: -2em;
  }
}
`;
