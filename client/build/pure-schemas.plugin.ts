// Lets the bundler drop the zod schemas of @peerpulse/shared from pages that import only its constants and types.
import { parseSync, type Plugin } from "vite";

/**
 * `export const X = z.object(…).extend(…)` is a call, so a bundler must assume it has side effects and keep
 * it, with all of zod (~28 KB gzipped), even when a page uses only `DONT_KNOW` or `textIn`. Shared modules
 * only declare schemas, data and functions, so every top-level `const` initializer is wrapped in an
 * IIFE annotated pure: used constants behave exactly as before, unused ones vanish with what they pull in.
 */
export function pureSchemas(): Plugin {
  const sharedSource = /[\\/]shared[\\/]src[\\/](?!.*\.test\.ts$).+\.ts$/;
  return {
    name: "peerpulse:pure-schemas",
    enforce: "pre",
    apply: "build",
    transform(code, id) {
      if (!sharedSource.test(id)) return null;
      const spans: { start: number; end: number }[] = [];
      for (const statement of parseSync(id, code, { lang: "ts" }).program.body) {
        const declaration = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
        if (declaration?.type !== "VariableDeclaration" || declaration.kind !== "const") continue;
        for (const { init } of declaration.declarations) {
          if (init && init.type !== "Literal" && !init.type.endsWith("FunctionExpression")) spans.push(init);
        }
      }
      let wrapped = code;
      for (const { start, end } of spans.reverse()) {
        wrapped = `${wrapped.slice(0, start)}/* @__PURE__ */ (() => (${wrapped.slice(start, end)}))()${wrapped.slice(end)}`;
      }
      return { code: wrapped, map: null };
    },
  };
}
