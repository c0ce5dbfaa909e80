import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

export type PageJavaScript = {
  path: string;
  /** Script files the page loaded, from its HTML to the end of hydration (lazy chunks opened later are not counted). */
  scripts: number;
  rawBytes: number;
  /** gzip (level 6, what Next.js's compression sends) and brotli (quality 11, a CDN's static compression) of each file, summed. */
  gzipBytes: number;
  brotliBytes: number;
  /** Web fonts the page downloaded (not JavaScript, but bytes every first visit pays for). */
  fonts: number;
  fontBytes: number;
  /** The largest files (8, or BENCH_JS_FILES), to see what a page pays for. */
  largest: { file: string; rawBytes: number; gzipBytes: number }[];
};

/**
 * The JavaScript each page makes a browser download: the page opened in a fresh Chromium context (an empty cache),
 * signed in with `cookie` (a session cookie, or none), every script response collected until the network is idle
 * (prefetches of linked pages refused).
 * Sizes are measured here from the bodies (not the server's transfer), so the figure depends only on the build.
 */
export async function measureJavaScript(
  baseUrl: string,
  pages: Record<string, { path: string; cookie?: { name: string; value: string } }>,
): Promise<Record<string, PageJavaScript>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"],
  });
  const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
  const sizeOf = (url: string, body: Buffer) => {
    let size = sizes.get(url);
    if (!size) {
      size = { raw: body.length, gzip: gzipSync(body, { level: 6 }).length, brotli: brotliCompressSync(body).length };
      sizes.set(url, size);
    }
    return size;
  };
  try {
    const out: Record<string, PageJavaScript> = {};
    for (const [name, { path, cookie }] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      if (cookie) await context.addCookies([{ ...cookie, url: baseUrl }]);
      // The router's prefetches of linked pages would load those pages' chunks too: this page's own JavaScript only.
      await context.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback()));
      const page = await context.newPage();
      const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
      const fonts = new Map<string, Promise<number>>();
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (type === "font") fonts.set(response.url(), response.body().then((b) => b.length, () => 0));
        if (type !== "script") return;
        bodies.push(response.body().then((body) => ({ url: response.url(), body }), () => null));
      });
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
      if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()} (expected 200)`);
      const files = (await Promise.all(bodies)).filter((f): f is { url: string; body: Buffer } => f !== null);
      const unique = [...new Map(files.map((f) => [f.url, f])).values()].map((f) => ({ file: new URL(f.url).pathname, ...sizeOf(f.url, f.body) }));
      const sum = (key: "raw" | "gzip" | "brotli") => unique.reduce((n, f) => n + f[key], 0);
      out[name] = {
        path,
        scripts: unique.length,
        rawBytes: sum("raw"),
        gzipBytes: sum("gzip"),
        brotliBytes: sum("brotli"),
        fonts: fonts.size,
        fontBytes: (await Promise.all(fonts.values())).reduce((n, b) => n + b, 0),
        largest: unique
          .sort((a, b) => b.raw - a.raw)
          .slice(0, Number(process.env.BENCH_JS_FILES || 8))
          .map((f) => ({ file: f.file, rawBytes: f.raw, gzipBytes: f.gzip })),
      };
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** "183.4 KB" (1 KB = 1,000 bytes). */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
