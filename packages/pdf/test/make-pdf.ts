/**
 * Writes small PDFs by hand for the reader's tests: pages of Latin text in Helvetica at given
 * positions, with a correct cross-reference table, and the parts hostile files are made of.
 */

export interface MadeText {
  text: string;
  x: number;
  /** From the bottom of the page, in points. */
  y: number;
  size?: number;
}

export interface MakePdfOptions {
  /** Extra entries for the catalog (`/OpenAction …`). */
  catalog?: string;
  /** Extra entries for the trailer (`/Encrypt 9 0 R`). */
  trailer?: string;
  /** Extra objects, numbered after the generated ones; `{n}` in their text is their number. */
  extra?: string[];
  /** Extra entries for each page dictionary. */
  page?: string;
  /** Content-stream operators drawn on each page before its text (`0.5 w 80 700 m 500 700 l S`), by page. */
  draw?: string[];
}

const escapeString = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose pages hold the given texts (A4, 595 × 842 pt). */
export function makePdf(pages: MadeText[][], options: MakePdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesObj = add("");
  const font = add(
    "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>",
  );
  const kids: number[] = [];
  for (const [n, texts] of pages.entries()) {
    const ops = [
      ...(options.draw?.[n] ? [options.draw[n]] : []),
      ...texts.map(
        (t) => `BT /F1 ${t.size ?? 12} Tf ${t.x} ${t.y} Td (${escapeString(t.text)}) Tj ET`,
      ),
    ].join("\n");
    const content = add(`<</Length ${ops.length}>>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<</Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 ${font} 0 R>>>> /Contents ${content} 0 R${options.page ?? ""}>>`,
      ),
    );
  }
  objects[catalog - 1] = `<</Type /Catalog /Pages ${pagesObj} 0 R${options.catalog ?? ""}>>`;
  objects[pagesObj - 1] =
    `<</Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length}>>`;
  for (const extra of options.extra ?? []) add(extra.replaceAll("{n}", String(objects.length + 1)));
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1} /Root ${catalog} 0 R${options.trailer ?? ""}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
