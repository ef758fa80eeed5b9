// One Vite build, one entry per screen, so the participant page carries nothing the presenter or console use.
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";
import { precompress } from "./build/precompress.plugin.ts";
import { pureSchemas } from "./build/pure-schemas.plugin.ts";
import { sizeReport } from "./build/size-report.plugin.ts";

const server = process.env.PEERPULSE_SERVER ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [pureSchemas(), svelte(), sizeReport("index.html"), precompress()],
  build: {
    manifest: true,
    target: "es2020",
    // Every phone that runs the page supports modulepreload or ignores it harmlessly: no polyfill to ship.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: "index.html",
        present: "present.html",
        console: "console.html",
        analysis: "analysis.html",
        rapporteur: "rapporteur.html",
      },
    },
  },
  server: {
    proxy: {
      "/api": server,
      "/healthz": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
