// The playground: text or JSON in, the model as editable JSON with live validation and lint,
// and every output of the toolkit beside it. Every piece of bulletin markup comes from
// renderHtml (escaped by construction); everything this file writes itself is textContent.
import type { MissingFact, ParseOptionsError, ParseWarning } from "@bulletin/parse";
import {
  type Bulletin,
  fixBulletin,
  type Locale,
  lintBulletin,
  renderHtml,
  renderMarkdown,
  renderText,
  type ValidationIssue,
  validateBulletin,
} from "@bulletin/sdk";
import issueJson from "../../sichuan-window-monthly/issue-9.json?raw";
import { stringsFor, type UiLocale } from "./i18n";
import { lineColumnOf, offsetOfLine, offsetOfPath } from "./json-offset";
import { suppliedOptions } from "./missing-facts";
import { drawPages, pagedDocument } from "./paged-preview";
import "./style.css";

type Tab = "preview" | "text" | "markdown" | "html";

interface State {
  locale: UiLocale;
  /** The valid bulletin of the editor's JSON, if it is one. */
  bulletin: Bulletin | undefined;
  tab: Tab;
  /** What the person typed for facts the text lacks (never invented by the page). */
  supplied: Partial<Record<MissingFact, string>>;
  /** How many facts the text lacks that are still to be typed (the outputs wait for them). */
  factsLeft: number;
}

const state: State = {
  locale: new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh-CN",
  bulletin: undefined,
  tab: "preview",
  supplied: {},
  factsLeft: 0,
};

const $ = <T extends HTMLElement>(selector: string): T => {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`playground: ${selector} is missing from index.html`);
  return element;
};

const input = $<HTMLTextAreaElement>("#input");
const editor = $<HTMLTextAreaElement>("#model");
const warningsList = $<HTMLUListElement>("#warnings");
const issuesList = $<HTMLUListElement>("#issues");
const lintList = $<HTMLUListElement>("#lint");
const lintActions = $<HTMLDivElement>("#lint-actions");
const lintStatus = $<HTMLParagraphElement>("#lint-status");
const status = $<HTMLParagraphElement>("#status");
const fileStatus = $<HTMLParagraphElement>("#file-status");
const missingBox = $<HTMLFieldSetElement>("#missing");
const missingStatus = $<HTMLParagraphElement>("#missing-status");
const outputHint = $<HTMLParagraphElement>("#output-hint");
const preview = $<HTMLIFrameElement>("#preview");
const pageCount = $<HTMLParagraphElement>("#page-count");
const outputs: Record<Exclude<Tab, "preview">, HTMLPreElement> = {
  text: $("#out-text"),
  markdown: $("#out-markdown"),
  html: $("#out-html"),
};

const t = () => stringsFor(state.locale);

/** Fills every element with a `data-i18n` key with that key's words. */
function translate(): void {
  const words = t() as unknown as Record<string, unknown>;
  document.documentElement.lang = state.locale;
  document.title = t().title;
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = words[element.dataset.i18n ?? ""];
    if (typeof value === "string") element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n-label]")) {
    const value = words[element.dataset.i18nLabel ?? ""];
    if (typeof value === "string") element.setAttribute("aria-label", value);
  }
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** A list item holding a button that moves the cursor of `target` to `offset`. */
function locatedItem(
  severity: string,
  code: string,
  where: string,
  message: string,
  target: HTMLTextAreaElement,
  offset: () => number,
): HTMLLIElement {
  const li = document.createElement("li");
  li.className = `finding finding-${severity}`;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "finding-where";
  button.textContent = where;
  button.addEventListener("click", () => {
    const at = offset();
    target.focus();
    target.setSelectionRange(at, at);
    // Scroll the line into view: put the caret's line near the top of the box.
    const { line } = lineColumnOf(target.value, at);
    const lineHeight = Number.parseFloat(getComputedStyle(target).lineHeight) || 20;
    target.scrollTop = Math.max(0, (line - 3) * lineHeight);
  });
  const label = document.createElement("span");
  label.className = "finding-severity";
  label.textContent = t().severity[severity] ?? severity;
  const text = document.createElement("span");
  text.className = "finding-message";
  text.textContent = ` ${message} `;
  const codeEl = document.createElement("code");
  codeEl.textContent = code;
  li.append(label, " ", button, text, codeEl);
  return li;
}

function fillList(list: HTMLUListElement, items: HTMLLIElement[]): void {
  list.replaceChildren(...items);
  if (items.length === 0) {
    const li = document.createElement("li");
    li.className = "finding-none";
    li.textContent = t().noIssues;
    list.append(li);
  }
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0
    ? "/"
    : path
        .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
        .join("")
        .replace(/^\./, "");
}

function showIssues(list: HTMLUListElement, issues: readonly ValidationIssue[]): void {
  fillList(
    list,
    issues.map((issue) =>
      locatedItem(issue.severity, issue.code, pathText(issue.path), issue.message, editor, () =>
        offsetOfPath(editor.value, issue.path),
      ),
    ),
  );
}

/** The text at `path` in `bulletin` with the finding's mend applied, as a new bulletin. */
function withFix(bulletin: Bulletin, issue: ValidationIssue): Bulletin | undefined {
  const { offset, length, fix } = issue;
  if (offset === undefined || length === undefined || fix === undefined) return undefined;
  const copy = structuredClone(bulletin);
  let parent: unknown = copy;
  for (const key of issue.path.slice(0, -1)) {
    parent = (parent as Record<string | number, unknown> | undefined)?.[key];
  }
  const last = issue.path.at(-1);
  const holder = parent as Record<string | number, unknown> | undefined;
  const text = last === undefined ? undefined : holder?.[last];
  if (typeof text !== "string" || last === undefined || !holder) return undefined;
  holder[last] = text.slice(0, offset) + fix + text.slice(offset + length);
  return copy;
}

/** Puts `bulletin` in the editor and checks it again. */
function setModel(bulletin: Bulletin): void {
  editor.value = `${JSON.stringify(bulletin, null, 2)}\n`;
  checkModel();
}

/** The standards check: each finding, a Fix button where the mend is unambiguous, and Fix all. */
function showLint(bulletin: Bulletin, locale: Locale): void {
  const findings = lintBulletin(bulletin, { locale });
  showIssues(lintList, findings);
  lintActions.replaceChildren();
  for (const [index, issue] of findings.entries()) {
    if (issue.fix === undefined) continue;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fix-one";
    button.textContent = t().fixOne;
    button.setAttribute("aria-label", `${t().fixOne}: ${issue.message}`);
    button.addEventListener("click", () => {
      const fixed = withFix(bulletin, issue);
      if (!fixed) return;
      setModel(fixed);
      lintStatus.textContent = t().fixApplied(1);
    });
    lintList.children[index]?.append(" ", button);
  }
  if (findings.some((issue) => issue.fix !== undefined)) {
    const all = document.createElement("button");
    all.type = "button";
    all.id = "fix-all";
    all.textContent = t().fixAll;
    all.addEventListener("click", () => {
      const { bulletin: fixed, applied } = fixBulletin(bulletin);
      setModel(fixed);
      lintStatus.textContent = t().fixApplied(applied.length);
    });
    lintActions.append(all);
  }
}

function showWarnings(warnings: readonly ParseWarning[]): void {
  fillList(
    warningsList,
    warnings.map((w) =>
      locatedItem(w.severity, w.code, t().line(w.position.line), w.message, input, () =>
        offsetOfLine(input.value, w.position.line, w.position.column),
      ),
    ),
  );
}

/**
 * The form for the facts the text lacks: a field for each of `missing` (the others hidden),
 * and under it what is still missing, `problem` (an option the parser refused), or that the
 * model is complete.
 */
function showMissing(
  missing: readonly MissingFact[],
  left: number,
  problem?: ParseOptionsError,
): void {
  missingBox.hidden = missing.length === 0;
  state.factsLeft = missing.length === 0 ? 0 : left;
  for (const row of missingBox.querySelectorAll<HTMLElement>("[data-fact]")) {
    const fact = row.dataset.fact as MissingFact;
    row.hidden = !missing.includes(fact);
    const field = row.querySelector("input");
    const wrong = problem?.option.startsWith(fact) === true;
    if (field) field.setAttribute("aria-invalid", String(wrong));
  }
  missingStatus.textContent =
    missing.length === 0
      ? ""
      : (problem?.message ?? (left === 0 ? t().missingDone : t().missingLeft(left)));
}

/**
 * Reads the input box: JSON goes to the editor as it is, text through the parser. When the text
 * lacks a fact a bulletin requires, the form asks for it, and what the person typed is given to
 * the parser as `options.publication` / `options.issue` (the text wins where it has the fact).
 */
function readInput(): void {
  const source = input.value;
  const trimmed = source.trimStart();
  if (trimmed === "" || trimmed.startsWith("{")) {
    warningsList.replaceChildren();
    showMissing([], 0);
    editor.value = trimmed === "" ? "" : source;
    checkModel();
    return;
  }
  void readText(source);
}

// The parser loads on the first text read (and in the background once the page is idle): JSON
// and the example need none, and the first load stays within its budget.
const loadParse = () => import("@bulletin/parse");

/** {@link readInput} for text: parsed, the facts it lacks asked for, the model shown. */
async function readText(source: string): Promise<void> {
  const { parseBulletinText, ParseOptionsError } = await loadParse();
  // A newer input came while the parser loaded: that one is read instead.
  if (input.value !== source) return;
  const locale = state.locale as Locale;
  const read = parseBulletinText(source, { locale });
  let result = read;
  let problem: ParseOptionsError | undefined;
  const options = read.complete ? undefined : suppliedOptions(state.supplied, read.missing);
  if (options !== undefined) {
    try {
      result = parseBulletinText(source, { locale, ...options });
    } catch (error) {
      if (!(error instanceof ParseOptionsError)) throw error;
      problem = error;
    }
  }
  showMissing(read.missing, result.missing.length, problem);
  showWarnings(result.warnings);
  editor.value = `${JSON.stringify(result.bulletin, null, 2)}\n`;
  checkModel();
}

/** Validates the editor's JSON and, when it holds a valid bulletin, renders every output. */
function checkModel(): void {
  const text = editor.value;
  const locale = state.locale as Locale;
  state.bulletin = undefined;
  if (text.trim() === "") {
    status.dataset.state = "empty";
    status.textContent = t().empty;
    issuesList.replaceChildren();
    lintList.replaceChildren();
    lintActions.replaceChildren();
    renderOutputs();
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    status.dataset.state = "invalid";
    status.textContent = `${t().jsonSyntax}: ${message}`;
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    fillList(issuesList, [
      locatedItem("error", "json-syntax", pathText([]), message, editor, () => at),
    ]);
    lintList.replaceChildren();
    renderOutputs();
    return;
  }
  const result = validateBulletin(value, { locale });
  const structural = result.issues.filter((issue) => issue.severity === "error");
  showIssues(issuesList, result.ok ? [] : structural);
  if (result.ok && result.bulletin) {
    state.bulletin = result.bulletin;
    showLint(result.bulletin, locale);
    status.dataset.state = "valid";
    status.textContent = t().valid(result.bulletin.sections.length);
  } else {
    lintList.replaceChildren();
    lintActions.replaceChildren();
    status.dataset.state = "invalid";
    status.textContent = t().invalid(structural.length);
  }
  renderOutputs();
}

function renderOutputs(): void {
  const bulletin = state.bulletin;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-needs-bulletin]")) {
    button.disabled = bulletin === undefined;
  }
  // Without a valid model the pane says why it is empty and where to go, instead of a blank page.
  outputHint.hidden = bulletin !== undefined;
  preview.hidden = bulletin === undefined;
  if (!bulletin) {
    outputHint.textContent =
      editor.value.trim() === ""
        ? t().outputWaitsForInput
        : state.factsLeft > 0
          ? t().outputWaitsForFacts(state.factsLeft)
          : t().outputWaitsForFix;
    for (const out of Object.values(outputs)) out.textContent = "";
    preview.srcdoc = "";
    pageCount.textContent = "";
    return;
  }
  outputs.text.textContent = renderText(bulletin);
  outputs.markdown.textContent = renderMarkdown(bulletin);
  const page = renderHtml(bulletin, { document: true, theme: "official" });
  outputs.html.textContent = page;
  preview.srcdoc = pagedDocument(page);
}

preview.addEventListener("load", () => {
  const doc = preview.contentDocument;
  if (!doc || !state.bulletin) return;
  const fit = () => {
    // One page (210 mm ≈ 794 CSS px) fits the frame's width; the rest scrolls sideways.
    // Pages are counted unzoomed, where CSS millimetres and layout pixels agree.
    doc.documentElement.style.zoom = "1";
    const pages = drawPages(doc);
    const zoom = Math.min(1, (preview.clientWidth - 16) / 794);
    doc.documentElement.style.zoom = String(zoom);
    preview.style.height = `${Math.ceil(1123 * zoom) + 24}px`;
    pageCount.textContent = t().pages(pages);
    preview.dataset.pages = String(pages);
  };
  void doc.fonts.ready.then(fit);
  fit();
});

function selectTab(tab: Tab, focus = false): void {
  state.tab = tab;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
    const selected = button.dataset.tab === tab;
    button.setAttribute("aria-selected", String(selected));
    button.tabIndex = selected ? 0 : -1;
    if (selected && focus) button.focus();
  }
  for (const panel of document.querySelectorAll<HTMLElement>("[role=tabpanel]")) {
    panel.hidden = panel.dataset.tab !== tab;
  }
}

function download(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName(bulletin: Bulletin): string {
  return `${bulletin.publication.title}-${bulletin.issue.year ?? bulletin.issue.publishedOn.slice(0, 4)}-${bulletin.issue.number}`;
}

/** What a dropped file holds, by its first bytes (a name can lie): a zip is a DOCX. */
function kindOf(bytes: Uint8Array): "docx" | "pdf" | "text" {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "docx";
  if (String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-") return "pdf";
  return "text";
}

// The Word and PDF readers and the Word writer load on first use (and in the background once the
// page is idle, so that the page keeps working offline): the first load stays small.
const loadDocx = () => import("@bulletin/docx");
const loadPdf = () => import("@bulletin/pdf");

async function readFile(file: File): Promise<void> {
  fileStatus.textContent = t().reading(file.name);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = kindOf(bytes);
    if (kind === "docx") {
      const { readDocx } = await loadDocx();
      input.value = (await readDocx(bytes)).text;
    } else if (kind === "pdf") {
      const { readPdf } = await loadPdf();
      input.value = (await readPdf(bytes, { locale: state.locale as Locale })).text;
    } else {
      input.value = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    fileStatus.textContent = "";
    readInput();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    fileStatus.textContent = t().fileFailed(file.name, why);
  }
}

function wire(): void {
  input.addEventListener("input", debounce(readInput, 250));
  const rereadSupplied = debounce(readInput, 250);
  for (const row of missingBox.querySelectorAll<HTMLElement>("[data-fact]")) {
    const fact = row.dataset.fact as MissingFact;
    row.querySelector("input")?.addEventListener("input", (event) => {
      state.supplied[fact] = (event.target as HTMLInputElement).value;
      rereadSupplied();
    });
  }
  editor.addEventListener("input", debounce(checkModel, 250));
  editor.addEventListener("input", () => {
    lintStatus.textContent = "";
  });
  $("#load-example").addEventListener("click", () => {
    input.value = issueJson;
    readInput();
  });
  $<HTMLButtonElement>("#switch-language").addEventListener("click", () => {
    state.locale = state.locale === "en" ? "zh-CN" : "en";
    const url = new URL(location.href);
    url.searchParams.set("lang", state.locale);
    history.replaceState(null, "", url);
    translate();
    readInput();
  });
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab]")];
  for (const [index, button] of tabs.entries()) {
    button.addEventListener("click", () => selectTab(button.dataset.tab as Tab));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (event.key === "Home" || event.key === "End" || step !== 0) {
        event.preventDefault();
        const next =
          event.key === "Home"
            ? 0
            : event.key === "End"
              ? tabs.length - 1
              : (index + step + tabs.length) % tabs.length;
        selectTab(tabs[next]?.dataset.tab as Tab, true);
      }
    });
  }
  const drop = $("#drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.dataset.over = "true";
  });
  drop.addEventListener("dragleave", () => delete drop.dataset.over);
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file);
  });
  $<HTMLInputElement>("#file").addEventListener("change", (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void readFile(file);
  });
  $("#download-json").addEventListener("click", () => {
    if (state.bulletin)
      download(
        `${baseName(state.bulletin)}.json`,
        "application/json",
        `${JSON.stringify(state.bulletin, null, 2)}\n`,
      );
  });
  $("#download-markdown").addEventListener("click", () => {
    if (state.bulletin)
      download(`${baseName(state.bulletin)}.md`, "text/markdown", renderMarkdown(state.bulletin));
  });
  $("#download-html").addEventListener("click", () => {
    if (state.bulletin)
      download(
        `${baseName(state.bulletin)}.html`,
        "text/html",
        renderHtml(state.bulletin, { document: true, theme: "official" }),
      );
  });
  const docxButton = $<HTMLButtonElement>("#download-docx");
  docxButton.hidden = false;
  docxButton.addEventListener("click", () => {
    const bulletin = state.bulletin;
    if (!bulletin) return;
    void (async () => {
      try {
        const { renderDocx } = await loadDocx();
        const bytes = await renderDocx(bulletin);
        download(
          `${baseName(bulletin)}.docx`,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          bytes as Uint8Array<ArrayBuffer>,
        );
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        fileStatus.textContent = t().fileFailed("docx", why);
      }
    })();
  });
  $("#print").addEventListener("click", () => {
    if (!state.bulletin) return;
    // Print the document itself (not the paged screen preview): its @page rules do the paging.
    const frame = document.createElement("iframe");
    frame.className = "print-frame";
    frame.title = t().print;
    frame.srcdoc = renderHtml(state.bulletin, { document: true, theme: "official" });
    frame.addEventListener("load", () => {
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
    });
    document.body.append(frame);
  });
}

translate();
wire();
selectTab("preview");
checkModel();
// Warm the lazily loaded parser, readers and writer once the page is idle, so it works offline later.
const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 2000));
idle(() => {
  void loadParse().catch(() => undefined);
  void loadDocx().catch(() => undefined);
  void loadPdf().catch(() => undefined);
});
