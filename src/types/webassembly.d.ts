// The part of the WebAssembly global that Node provides and src/db/schema-engine.ts uses.
// TypeScript only declares it in its DOM libraries, which a server must not pull in.
declare namespace WebAssembly {
  type ModuleImports = Record<string, unknown>;
  type Imports = Record<string, ModuleImports>;
  type Module = object;
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  const Module: {
    imports(module: Module): { module: string; name: string; kind: string }[];
  };
  function compile(bytes: Uint8Array): Promise<Module>;
  function instantiate(module: Module, imports?: Imports): Promise<Instance>;
}
