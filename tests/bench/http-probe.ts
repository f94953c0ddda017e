import type { ResponseSample } from "./cases.js";

export async function sample(url: string, headers: Record<string, string>): Promise<ResponseSample> {
  const res = await fetch(url, { headers });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: await res.text() };
}

/**
 * Follow `next` cursors `pages` pages deep from a list path and return the path of the page reached,
 * so the load hits a page whose keyset position lies 500 × limit rows into the list.
 */
export async function deepPagePath(baseUrl: string, path: string, pages: number): Promise<string> {
  let current = path;
  for (let i = 0; i < pages; i++) {
    const s = await sample(baseUrl + current, { accept: "application/json" });
    if (s.status !== 200) throw new Error(`page ${i + 1} of ${path}: HTTP ${s.status}`);
    const next = (JSON.parse(s.body) as { next?: string | null }).next;
    if (!next) throw new Error(`${path} ends after ${i + 1} pages, before ${pages}`);
    const u = new URL(current, "http://x");
    u.searchParams.set("cursor", next);
    current = `${u.pathname}${u.search}`;
  }
  return current;
}
