// The live preview: the whole HTML document of the official theme, with its print rules
// applied on screen and its flow cut into A4 pages the way print cuts it. The 版心 (156 mm ×
// 225 mm, GB/T 9704-2012 §5.2.1) becomes a multi-column box: each column is one page's 版心,
// and a column gap of 54 mm (the left 28 mm and right 26 mm margins) puts the next column
// exactly one A4 width (210 mm) further on. Page sheets and `— N —` numbers (GB/T 9704-2012
// §7.5: 4号, 7 mm under the 版心, odd pages right and even pages left, one character in) are
// drawn behind and under the columns.

import { officialStylesheet } from "@bulletin/sdk";

/** The inside of every `@media print { … }` block of `css`. */
export function printRulesOf(css: string): string {
  const parts: string[] = [];
  let from = 0;
  for (;;) {
    const at = css.indexOf("@media print", from);
    if (at === -1) break;
    const open = css.indexOf("{", at);
    let depth = 0;
    let i = open;
    for (; i < css.length; i++) {
      if (css[i] === "{") depth++;
      else if (css[i] === "}" && --depth === 0) break;
    }
    parts.push(css.slice(open + 1, i));
    from = i + 1;
  }
  return parts.join("\n");
}

const PAGED_CSS = `
html { background: #d9d9d9; color-scheme: light; }
body.bulletin-page { margin: 0; background: none; position: relative; height: 297mm; }
.bulletin {
  position: absolute;
  top: 37mm;
  left: 28mm;
  width: 156mm;
  height: 225mm;
  column-width: 156mm;
  column-gap: 54mm;
  column-fill: auto;
}
.sheet {
  position: absolute;
  top: 0;
  width: 210mm;
  height: 297mm;
  background: #fff;
  box-shadow: inset 0 0 0 1px #b5b5b5;
  z-index: -1;
}
.folio {
  position: absolute;
  top: calc(37mm + 225mm + 7mm);
  font: 14pt/1 "Times New Roman", "Liberation Serif", "Noto Serif", serif;
  color: #000;
}
`;

/** The whole document to preview, with print rules on screen and the paging styles. */
export function pagedDocument(documentHtml: string): string {
  const style = `<style id="paged-preview">${printRulesOf(officialStylesheet)}\n${PAGED_CSS}</style>`;
  return documentHtml.replace("</head>", `${style}</head>`);
}

/**
 * Draws a sheet and a page number for each page the article's columns fill, in the loaded
 * preview `doc`; returns the number of pages.
 */
export function drawPages(doc: Document): number {
  for (const old of doc.querySelectorAll(".sheet, .folio")) old.remove();
  const article = doc.querySelector<HTMLElement>(".bulletin");
  if (!article) return 0;
  const mm = article.getBoundingClientRect().width / 156;
  const pages = Math.max(1, Math.round((article.scrollWidth / mm + 54) / 210));
  doc.body.style.width = `${pages * 210}mm`;
  for (let n = 1; n <= pages; n++) {
    const left = (n - 1) * 210;
    const sheet = doc.createElement("div");
    sheet.className = "sheet";
    sheet.style.left = `${left}mm`;
    const folio = doc.createElement("div");
    folio.className = "folio";
    folio.textContent = `— ${n} —`;
    // Odd pages: right edge one character (14 pt) inside the 版心; even pages: left edge.
    if (n % 2 === 1) folio.style.right = `calc(${(pages - n) * 210 + 26}mm + 14pt)`;
    else folio.style.left = `calc(${left + 28}mm + 14pt)`;
    doc.body.append(sheet, folio);
  }
  return pages;
}
