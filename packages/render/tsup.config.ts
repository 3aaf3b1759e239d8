import { writeFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { baseConfig } from "../../tsup.base";
import { officialStylesheet } from "./src/official-stylesheet";

export default defineConfig({
  ...baseConfig,
  // Ships the official theme as `@bulletin/render/official.css`, from the same constant.
  onSuccess: async () => {
    writeFileSync(new URL("./dist/official.css", import.meta.url), officialStylesheet);
  },
});
