// Prisma's schema engine compiled to WebAssembly: migrations without the engine binary that the
// Prisma CLI downloads (see README, "Database and migrations").
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter.js";
import { schemaPaths } from "./paths.js";
import { databaseProvider, type DatabaseProvider } from "./provider.js";

// The class the glue module creates, so that its instances are of the type handed on.
export type SchemaEngine = engineGlue.SchemaEngine;

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    const imports: WebAssembly.Imports = {};
    for (const { module: name } of WebAssembly.Module.imports(module)) {
      imports[name] = engineGlue;
    }
    const instance = await WebAssembly.instantiate(module, imports);
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return wasmReady;
}

export interface SchemaFile {
  path: string;
  content: string;
}

async function readSchemaFile(provider: DatabaseProvider): Promise<SchemaFile> {
  const schemaPath = schemaPaths[provider];
  const content = await readFile(schemaPath, "utf8").catch((error: unknown) => {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      throw new Error(`${schemaPath} is missing: \`npm run prisma:generate\` writes it from prisma/schema.prisma`);
    }
    throw error;
  });
  return { path: schemaPath, content };
}

/** Runs `use` with a schema engine connected to the database at `databaseUrl`, then frees it. */
export async function withSchemaEngine<T>(databaseUrl: string, use: (engine: SchemaEngine, schema: SchemaFile) => Promise<T>): Promise<T> {
  await loadWasm();
  const schema = await readSchemaFile(databaseProvider(databaseUrl));
  // The engine does not close the connections it opens when freed; an open SQLite connection
  // would then hold its lock against the next one (a PostgreSQL pool, the process open), so they are
  // tracked and closed here.
  const factory = await createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: Promise<SqlDriverAdapter>) => {
    const adapter = await connect;
    opened.push(adapter);
    return adapter;
  };
  const trackingFactory: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await engineGlue.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(trackingFactory),
  );
  try {
    return await use(engine, schema);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

export const noFilters = { externalTables: [], externalEnums: [] };
