import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// `root` is this folder whatever the working directory, so `vite build` and the test's
// `build({ configFile })` produce the same page.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: dist/ works served from any path.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
});
