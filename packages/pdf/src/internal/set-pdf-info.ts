/**
 * Sets the document information of a PDF by an incremental update (ISO 32000-1 §7.5.6): a new
 * Info dictionary, the catalog again with `/Lang` when it has none, a cross-reference section
 * for those objects and a trailer that points back at the previous one. The bytes before are
 * kept as they are, so the tags and the outline Chromium wrote stay untouched.
 */

/** The document information `renderPdf` writes. */
export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  /** `D:YYYYMMDDHHmmSS+HH'mm'`. */
  creationDate: string;
  creator: string;
  lang: string;
}

const latin1 = (bytes: Uint8Array, from = 0, to = bytes.length): string => {
  let s = "";
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, to)));
  }
  return s;
};

/** A PDF text string: UTF-16BE with a byte order mark, written in hex. */
function textString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `<${hex.toUpperCase()}>`;
}

/** A PDF literal string of ASCII text, with `\`, `(` and `)` escaped. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?")})`;
}

/**
 * The PDF with `info` set, or `undefined` when its trailer is not the classic kind this update
 * understands (a cross-reference stream).
 */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array | undefined {
  // The last trailer and startxref are in the last few kilobytes.
  const tailStart = Math.max(0, pdf.length - 4096);
  const tail = latin1(pdf, tailStart);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf("trailer");
  if (!startxref || trailerAt < 0) return undefined;
  const trailer = tail.slice(trailerAt, startxref.index);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  if (!Number.isInteger(size) || !root) return undefined;

  const objects: { num: number; body: string }[] = [];
  const infoNum = oldInfo ? Number(oldInfo[1]) : size;
  const entries = [
    `/Title ${textString(info.title)}`,
    `/Author ${textString(info.author)}`,
    ...(info.subject === undefined ? [] : [`/Subject ${textString(info.subject)}`]),
    `/Creator ${literal(info.creator)}`,
  ];
  const source = latin1(pdf);
  if (oldInfo) {
    const old = objectBody(source, Number(oldInfo[1]));
    const producer = old === undefined ? undefined : /\/Producer\s*(\([^)]*\))/.exec(old)?.[1];
    if (producer !== undefined) entries.push(`/Producer ${producer}`);
  }
  entries.push(`/CreationDate (${info.creationDate})`, `/ModDate (${info.creationDate})`);
  objects.push({ num: infoNum, body: `<<${entries.join("\n")}>>` });

  const rootNum = Number(root[1]);
  const catalog = objectBody(source, rootNum);
  if (catalog === undefined) return undefined;
  if (!/\/Lang\b/.test(catalog)) {
    const end = catalog.lastIndexOf(">>");
    if (end < 0) return undefined;
    objects.push({
      num: rootNum,
      body: `${catalog.slice(0, end)}\n/Lang ${textString(info.lang)}>>`,
    });
  }

  let update = "\n";
  let offset = pdf.length + 1;
  const offsets = new Map<number, number>();
  for (const o of objects.sort((a, b) => a.num - b.num)) {
    const text = `${o.num} 0 obj\n${o.body}\nendobj\n`;
    offsets.set(o.num, offset);
    update += text;
    offset += text.length;
  }
  const xrefAt = offset;
  update += "xref\n";
  for (const [num, at] of offsets) update += `${num} 1\n${String(at).padStart(10, "0")} 00000 n \n`;
  const newSize = Math.max(size, infoNum + 1);
  update +=
    `trailer\n<</Size ${newSize}\n/Root ${root[1]} ${root[2]} R\n/Info ${infoNum} 0 R\n` +
    (id === undefined ? "" : `/ID ${id}\n`) +
    `/Prev ${startxref[1]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  for (let i = 0; i < update.length; i++) out[pdf.length + i] = update.charCodeAt(i);
  return out;
}

/** The text between `N 0 obj` and `endobj` of an object that is not a stream. */
function objectBody(source: string, num: number): string | undefined {
  const match = new RegExp(`(?:^|[\\r\\n])${num}\\s+0\\s+obj\\b`).exec(source);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const end = source.indexOf("endobj", start);
  if (end < 0) return undefined;
  const body = source.slice(start, end).trim();
  return body.includes("stream") ? undefined : body;
}
