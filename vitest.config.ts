import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,prisma,app,components,scripts,inngest}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          env: { LOG_LEVEL: "silent" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,prisma,app,scripts,tests,inngest}/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration-setup.ts"],
          // The app's Inngest client sends here; inngest/functions/functions.int.test.ts runs the engine on it.
          env: {
            INNGEST_DEV: "http://127.0.0.1:8290",
            INBOUND_EMAIL_SECRET: "test-inbound-secret",
            INBOUND_REPLY_ADDRESS: "replies@inbound.eventos.test",
          },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One PGlite serves every test file: files share it, each builds its own organizations.
          fileParallelism: true,
        },
      },
    ],
  },
});
