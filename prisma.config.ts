// For the ordinary Prisma CLI (people with access to Prisma's engine binaries): the schema and the
// migrations of the database DATABASE_URL names. The service itself does not read this file.
import { defineConfig } from "prisma/config";
import { config as loadDotenv } from "dotenv";

loadDotenv({ quiet: true });

const url = process.env.DATABASE_URL ?? "file:./data/cafe.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
