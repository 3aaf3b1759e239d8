import { rm } from "node:fs/promises";
import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";

// The programmatic API (index: ESM + CJS + types) and the `bulletin` binary (bin.js, ESM, keeps
// its #! line) share chunks; each command is a chunk loaded on demand, so start-up reads little.
// The binary is ESM only: the CJS copy the shared build makes of it is removed.
export default defineConfig({
  ...baseConfig,
  entry: ["src/index.ts", "src/bin.ts"],
  dts: { entry: "src/index.ts" },
  shims: true,
  onSuccess: async () => {
    await rm("dist/bin.cjs", { force: true });
    await rm("dist/bin.cjs.map", { force: true });
  },
});
