import { fileURLToPath } from "node:url";

/** The project root: one level up from src/ or dist/. */
export const projectRoot = fileURLToPath(new URL("../", import.meta.url));
