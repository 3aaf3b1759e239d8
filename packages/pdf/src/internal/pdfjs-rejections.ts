/**
 * pdf.js (5.6.205) leaves some of its own promises without a handler when a PDF is damaged:
 * `Catalog.getPageDict` prefetches the page tree's kids into a cache, and a kid whose
 * cross-reference entry is bad rejects there while the page asked for is found elsewhere.
 * pdf.js's worker code runs on the calling thread (see `pdfjs.ts`), so in Node that rejection
 * reaches the process, and with no `unhandledRejection` listener Node ends the process — after
 * `readPdf` has already returned its result or its `PdfError`.
 *
 * While a read is in flight (and one turn of the event loop after the last one ends), a
 * listener takes pdf.js's own exceptions (their class names, thrown from pdf.js's worker code)
 * as handled: the read reports the damage itself. Any other rejection is thrown on as Node does
 * when nothing listens, unless the program has listeners of its own, which then decide. Those
 * listeners still see pdf.js's rejections: a listener cannot hide an event from the others.
 * In a browser nothing is installed: an unhandled rejection is only logged there.
 */

/** pdf.js's exception classes (`BaseException` subclasses), by `name`. */
const PDFJS_EXCEPTIONS: ReadonlySet<string> = new Set([
  "AbortException",
  "FormatError",
  "InvalidPDFException",
  "MissingDataException",
  "PasswordException",
  "ResponseException",
  "UnknownErrorException",
  "XRefEntryException",
  "XRefParseException",
]);

/**
 * Whether an error of this name and stack is one of pdf.js's exceptions, thrown from pdf.js's
 * worker code (also for errors that were serialised, as a test runner reports them).
 */
export function isPdfJsExceptionShape(name: unknown, stack: unknown): boolean {
  return (
    typeof name === "string" &&
    PDFJS_EXCEPTIONS.has(name) &&
    typeof stack === "string" &&
    stack.includes("pdf.worker")
  );
}

/** Whether `reason` is one of pdf.js's exceptions, made by pdf.js's own code. */
export function isPdfJsException(reason: unknown): boolean {
  return reason instanceof Error && isPdfJsExceptionShape(reason.name, reason.stack);
}

type NodeProcess = {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  off(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  listenerCount(event: string): number;
};

const nodeProcess = (globalThis as { process?: Partial<NodeProcess> }).process;
const canListen =
  typeof nodeProcess?.on === "function" &&
  typeof nodeProcess.off === "function" &&
  typeof nodeProcess.listenerCount === "function";

let reading = 0;
let installed = false;

function onUnhandledRejection(reason: unknown): void {
  if (isPdfJsException(reason)) return;
  // Others listen: the program decides, as it would without us.
  if ((nodeProcess as NodeProcess).listenerCount("unhandledRejection") > 1) return;
  // Nothing else listens: what Node does then (its default mode) is to throw the reason.
  throw reason;
}

function release(): void {
  if (reading > 0 || !installed) return;
  (nodeProcess as NodeProcess).off("unhandledRejection", onUnhandledRejection);
  installed = false;
}

/**
 * Runs `read` (a read with pdf.js) with pdf.js's own unhandled rejections taken as handled.
 *
 * @internal
 */
export async function withPdfJsRejectionsHandled<T>(read: () => Promise<T>): Promise<T> {
  if (!canListen) return read();
  reading++;
  if (!installed) {
    (nodeProcess as NodeProcess).on("unhandledRejection", onUnhandledRejection);
    installed = true;
  }
  try {
    return await read();
  } finally {
    reading--;
    // Node reports a rejection once the turn it happened in is over: keep listening one more.
    setTimeout(release, 0);
  }
}
