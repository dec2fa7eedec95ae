import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/store/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
  },
});
