import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** A route of the built app, with a concrete example path. */
export type BuiltRoute = { id: string; pattern: string; hasAction: boolean; hasLoader: boolean };

/**
 * Every route of the production build (read from the server bundle's route
 * table, so a new route is fuzzed and crawled without anyone listing it).
 */
export async function builtRoutes(): Promise<BuiltRoute[]> {
  const buildDir = resolve(process.env.BUILD_DIR ?? "build");
  const build = (await import(pathToFileURL(resolve(buildDir, "server/index.js")).href)) as {
    routes: Record<string, { id: string; parentId?: string; path?: string; index?: boolean; module: { action?: unknown; loader?: unknown } }>;
  };
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return route.path ? `${parent}/${route.path}` : parent;
  };
  return Object.values(build.routes)
    .filter((r) => r.id !== "root")
    .map((r) => ({ id: r.id, pattern: fullPath(r.id) || "/", hasAction: typeof r.module.action === "function", hasLoader: typeof r.module.loader === "function" }));
}

/** A concrete path for a pattern: the language given, other params and splats filled in. */
export function examplePath(pattern: string, lang: string, fill = "x"): string {
  return pattern.replace(":lang", lang).replace(/:\w+\??/g, fill).replace(/\*$/, fill);
}
