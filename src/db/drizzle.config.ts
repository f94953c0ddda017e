import { defineConfig } from "drizzle-kit";

// Used only by `npm run db:generate`; paths are relative to the repository root, where npm runs it.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
