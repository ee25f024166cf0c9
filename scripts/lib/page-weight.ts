import { gzipSync } from "node:zlib";

/**
 * What a page makes the browser load at first: the HTML, its stylesheets and
 * every script it starts with (module scripts, modulepreloads, the imports of
 * the inline bootstrap, and their static imports, recursively). Dynamic
 * `import()`s load later, on demand, and are not counted.
 */
export type PageWeight = {
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  cssBytes: number;
  cssGzip: number;
  jsGzip: number;
  scripts: string[];
};

const cache = new Map<string, Promise<string>>();
const fetchText = (url: string) => {
  if (!cache.has(url)) cache.set(url, fetch(url).then((r) => r.text()));
  return cache.get(url)!;
};
const gz = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.js)["']/g;

export async function staticImportClosure(baseUrl: string, entries: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const queue = [...entries];
  while (queue.length) {
    const url = new URL(queue.shift()!, baseUrl).href;
    if (sizes.has(url)) continue;
    const code = await fetchText(url);
    sizes.set(url, gz(code));
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(new URL(match[1]!, url).href);
  }
  return sizes;
}

export async function weighPage(baseUrl: string, path: string, cookie?: string): Promise<PageWeight> {
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) scripts.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) scripts.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g)) scripts.add(m[1]!);
  for (const inline of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const m of inline[1]!.matchAll(STATIC_IMPORT)) scripts.add(m[1]!);
  }
  const closure = await staticImportClosure(baseUrl, [...scripts]);
  let cssBytes = 0;
  let cssGzip = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const css = await fetchText(new URL(m[1]!, baseUrl).href);
    cssBytes += Buffer.byteLength(css);
    cssGzip += gz(css);
  }
  return {
    path,
    status: response.status,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    cssBytes,
    cssGzip,
    jsGzip: [...closure.values()].reduce((a, b) => a + b, 0),
    scripts: [...closure.keys()].map((u) => new URL(u).pathname),
  };
}

/** Same-origin page links of an HTML page (GET pages only, no sign-out, no test hooks). */
export function pageLinks(html: string): string[] {
  const links = new Set<string>();
  for (const m of html.matchAll(/<a[^>]*\bhref="(\/[^"#]*)"/g)) {
    const href = m[1]!.replace(/&amp;/g, "&");
    if (/^\/(fi|sv|en)(\/|$|\?)/.test(href) && !/\/(logout|login)|\/dev\//.test(href)) links.add(href.split("?")[0]!);
  }
  return [...links];
}
