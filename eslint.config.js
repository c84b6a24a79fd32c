// @ts-check
import eslint from "@eslint/js";
import { defineConfig } from "eslint/config";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** Folders under src/ and what each may not import (README "Architecture"). */
const layers = [
  // domain holds the café's rules as plain functions: it imports nothing from the app but itself.
  { target: "src/domain", from: "src", except: ["./domain"], message: "domain/ imports only domain/." },
  // bot and server → services → domain/db: nothing below the bot and the server reaches up into them.
  ...["services", "notify", "charts", "texts", "mpesa", "db", "config"].map((folder) => ({
    target: `src/${folder}`,
    from: ["src/bot", "src/server"],
    message: `${folder}/ does not import the bot or the server: they call it, not the other way round.`,
  })),
  ...["charts", "texts", "mpesa", "db", "config"].map((folder) => ({
    target: `src/${folder}`,
    from: "src/services",
    message: `${folder}/ does not import services/: services/ calls it.`,
  })),
  // The bot's state and data are the services' business: it reads and writes them through services/.
  { target: "src/bot", from: "src/db", message: "bot/ reaches the database through services/." },
  { target: "src/config", from: "src/db", message: "config/ and db/ do not import each other." },
  // db/cli.ts is an entry point like main.ts: it reads the settings and hands the database URL to db/.
  { target: "src/db/**/!(cli).ts", from: "src/config", message: "config/ and db/ do not import each other." },
];

export default defineConfig(
  {
    ignores: ["dist/", "coverage/", "src/generated/", "prisma/migrations/"],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Shillings, minutes and counts go into texts and log lines as they are (166 places); undefined,
      // null, booleans and objects still may not. Options given here replace the preset's, so all are listed.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false, allowArray: false },
      ],
      // An async function without await is how a route handler or a fake gateway keeps the Promise-returning
      // shape it implements (and turns a throw into a rejection); a forgotten await is no-floating-promises' job.
      "@typescript-eslint/require-await": "off",
      // A one-call arrow callback (`() => sender.wake()`, `(resolve) => setTimeout(resolve, ms)`) reads as it is
      // (19 places); a function body that returns a void call still may not.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // As tsc's noUnusedParameters: a parameter kept for its position in a callback's signature starts with _.
      "@typescript-eslint/no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // A test's `!` is on something the test itself set up: if it is missing, the test fails there, loudly.
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      // Sources import "./x.js" for "./x.ts" (NodeNext): map the extension so every import resolves.
      "import-x/resolver-next": [createNodeResolver({ extensionAlias: { ".js": [".ts", ".js"] } })],
    },
    rules: {
      // An import the resolver cannot follow would pass the layer rule unseen: make it an error instead.
      "import-x/no-unresolved": "error",
      "import-x/no-restricted-paths": ["error", { zones: layers }],
    },
  },
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
