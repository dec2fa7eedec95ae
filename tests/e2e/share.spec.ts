import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { fixtureUrl } from "./fixtures";

/** A GET with the headers given (Host included), as a link unfurler or a forger would send it. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The content of each <meta property|name=…> inside <head>. */
function headMeta(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta: Record<string, string> = {};
  for (const [, name, content] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) meta[name!] = content!.replaceAll("&amp;", "&");
  return meta;
}

const VIEW = "from=2015-01-01&to=2025-12-31&lanes=diplomacy";

test("a shared view unfurls: title, period and description in <head> for any client, and a 1200×630 preview of the figure", async () => {
  const url = `${fixtureUrl.good}/?${VIEW}`;
  for (const agent of ["Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36"]) {
    const meta = headMeta((await get(url, { "user-agent": agent })).body.toString());
    expect(meta["og:title"]).toBe("Fixture set, 2015–2025");
    expect(meta["og:description"]).toBe("2 events in Diplomacy, 2015–2025. Snapshot, April 2025.");
    expect(meta["og:url"]).toBe(url);
    expect(meta["og:image"]).toBe(`${fixtureUrl.good}/api/preview.png?${VIEW}`);
    expect(meta["twitter:card"]).toBe("summary_large_image");
    expect(meta["og:image:width"]).toBe("1200");
  }
  const image = await get(`${fixtureUrl.good}/api/preview.png?${VIEW}`);
  expect(image.status).toBe(200);
  expect(image.headers["content-type"]).toBe("image/png");
  expect(image.headers["cross-origin-resource-policy"]).toBe("cross-origin");
  expect([image.body.readUInt32BE(16), image.body.readUInt32BE(20)]).toEqual([1200, 630]);
  // Another spelling of the same view (the list view, a tracking parameter) is sent to the one image.
  const other = await get(`${fixtureUrl.good}/api/preview.png?lanes=diplomacy&to=2025-12-31&from=2015-01-01&view=list&utm_source=chat`);
  expect(other.status).toBe(308);
  expect(other.headers.location).toBe(`/api/preview.png?${VIEW}`);
});

test("the report and a story's step unfurl too", async () => {
  const report = headMeta((await get(`${fixtureUrl.good}/report?${VIEW}`)).body.toString());
  expect(report["og:title"]).toBe("Report: Fixture set, 2015–2025");
  expect(report["og:image"]).toBe(`${fixtureUrl.good}/api/preview.png?${VIEW}`);
  const slides = headMeta((await get(`${fixtureUrl.good}/present`)).body.toString());
  expect(slides["og:title"]).toMatch(/: /);
  expect(slides["og:url"]).toMatch(new RegExp(`^${fixtureUrl.good}/present\\?story=[a-z0-9-]+&step=1$`));
  expect(slides["og:image"]).toMatch(new RegExp(`^${fixtureUrl.good}/api/preview\\.png\\?from=`));
});

test("a forged Host header never reaches a page someone else is served", async () => {
  const url = `${fixtureUrl.good}/?from=2016-01-01&to=2024-12-31`;
  const forged = headMeta((await get(url, { host: "evil.example" })).body.toString());
  expect(forged["og:image"]?.startsWith("http://evil.example/")).toBe(true);
  const honest = headMeta((await get(url)).body.toString());
  expect(honest["og:image"]).toBe(`${fixtureUrl.good}/api/preview.png?from=2016-01-01&to=2024-12-31`);
});
