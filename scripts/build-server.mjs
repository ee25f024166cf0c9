// Bundles the HTTP server (server/index.ts) next to the Remix build. Packages
// stay external: they come from node_modules at run time.
import { build } from "esbuild";
import { resolve } from "node:path";

const outDir = resolve(process.env.BUILD_DIR ?? "build");
await build({
  entryPoints: ["server/index.ts"],
  outfile: resolve(outDir, "app-server.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
