/**
 * pdf.js, loaded on first use: the legacy build (it runs in Node and in older browsers alike)
 * with its worker code on the calling thread, so no worker file has to be found or served.
 */
type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<PdfJs> | undefined;

/** The pdf.js module, with its "fake worker" set up to run in this thread. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    if (g.pdfjsWorker === undefined) {
      // pdf.js looks for `globalThis.pdfjsWorker.WorkerMessageHandler` before it tries to load
      // a worker script; giving it the handler keeps every read in this thread and file-free.
      g.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    }
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}
