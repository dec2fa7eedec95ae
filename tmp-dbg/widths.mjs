import { chromium } from "playwright-core";
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text().slice(0, 200)); });
  for (const path of ["/", "/?event=deal", "/?event=deal&view=list", "/report", "/present", "/present/presenter", "/present?story=short&step=1"]) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const w = await page.evaluate(() => [document.documentElement.scrollWidth, document.body.scrollWidth]);
    console.log(width, path, w);
    await page.screenshot({ path: `/tmp/hard-shot-${width}-${path.replace(/[^a-z0-9]/gi, "_")}.png` });
  }
  console.log("violations", violations);
}
await browser.close();
