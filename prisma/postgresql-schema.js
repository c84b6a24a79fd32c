// Writes prisma/postgresql/schema.prisma: prisma/schema.prisma with PostgreSQL as its provider and its
// client generated into src/generated/prisma-pg. A generated Prisma client is tied to its schema's
// provider, so PostgreSQL needs a client of its own; the one schema stays prisma/schema.prisma. Run by
// `npm run prisma:generate`; the file is written, never edited or committed (like the clients).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const source = new URL("schema.prisma", import.meta.url);
const target = new URL("postgresql/schema.prisma", import.meta.url);

/** Replaces the one match of `pattern` in `text`, or fails: a schema that no longer reads as expected must not be half-derived. */
function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1) throw new Error(`prisma/schema.prisma: expected one ${String(pattern)}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

let schema = readFileSync(source, "utf8");
schema = replaceOnce(schema, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
schema = replaceOnce(schema, /(output\s*=\s*)"\.\.\/src\/generated\/prisma"/, '$1"../../src/generated/prisma-pg"');
mkdirSync(new URL(".", target), { recursive: true });
writeFileSync(target, `// Written by prisma/postgresql-schema.js from prisma/schema.prisma: edit that one.\n\n${schema}`);
