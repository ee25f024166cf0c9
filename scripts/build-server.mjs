// Bundles the HTTP server (server/index.ts) and the database tool next to the Remix build. Packages
// stay external: they come from node_modules at run time.
import { build } from "esbuild";
import { resolve } from "node:path";

const outDir = resolve(process.env.BUILD_DIR ?? "build");
await build({
  // The HTTP server, and the operators' database tool (npm run db:backup / db:restore).
  entryPoints: { "app-server": "server/index.ts", "db-tool": "server/db-tool.ts" },
  outdir: outDir,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
