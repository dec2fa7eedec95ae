import { defineConfig } from "vitest/config";
import path from "node:path";
import { testDeadline } from "./tests/deadline";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/store/**/*.test.ts"],
    environment: "node",
    env: { TZ: "UTC" },
    // CI never writes a snapshot: a missing or changed one fails (locally a new one is written, -u updates).
    update: process.env.CI ? "none" : undefined,
    // Time limits from the environment (TEST_SLOWDOWN), so a loaded machine stays green.
    testTimeout: testDeadline(5_000),
    hookTimeout: testDeadline(10_000),
  },
});
