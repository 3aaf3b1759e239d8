import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// Two entries: the reader (Node and browser) and the printer (Node only, playwright-core).
export default defineConfig({
  ...baseConfig,
  entry: ["src/index.ts", "src/print.ts"],
  // One PdfError class for both entries, in ESM and CJS alike.
  splitting: true,
});
