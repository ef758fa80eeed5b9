// npm run build (second half): the server as plain JavaScript, so `npm start` and the Docker image run it with node
// alone (no tsx, no TypeScript at run time). The shared workspace is bundled in; every npm dependency stays an
// import of node_modules, so the production install (`npm ci --omit=dev`) is all the output needs.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OUT_DIR = root("server/dist");

/** The npm dependencies of the server and of the shared workspace it bundles, with their subpaths. */
function npmDependencies(): string[] {
  const names = ["server", "shared"].flatMap((workspace) => {
    const manifest = JSON.parse(readFileSync(root(`${workspace}/package.json`), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    return Object.keys(manifest.dependencies ?? {}).filter((name) => !name.startsWith("@peerpulse/"));
  });
  return [...new Set(names)].flatMap((name) => [name, `${name}/*`]);
}

rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: [root("server/src/server.ts")],
  outfile: `${OUT_DIR}/server.js`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20.19",
  external: npmDependencies(),
  sourcemap: true,
  logLevel: "warning",
});
// The Redis store reads its Lua scripts beside its own module: beside the bundle once built.
mkdirSync(OUT_DIR, { recursive: true });
const scripts = root("server/src/store/redis");
for (const file of readdirSync(scripts).filter((name) => name.endsWith(".lua")))
  copyFileSync(`${scripts}/${file}`, `${OUT_DIR}/${file}`);
