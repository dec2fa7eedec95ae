import { chromium } from "playwright-core";
const [,, url, out, w = "1920", h = "1080", keys = ""] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url, { waitUntil: "networkidle" });
for (const k of keys.split(",").filter(Boolean)) { await page.keyboard.press(k); }
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
console.log(page.url());
await browser.close();
