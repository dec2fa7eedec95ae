import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto("http://127.0.0.1:3601/");
await p.waitForTimeout(1500);
console.log(await p.evaluate(() => {
  const c = document.querySelector('.figure g.callout[data-note="ada-deal"] .callout-box');
  if (!c) return "no callout " + [...document.querySelectorAll(".figure g.callout")].map((e) => e.getAttribute("data-note"));
  const r = c.getBoundingClientRect();
  const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return JSON.stringify(r) + " hit " + hit?.outerHTML.slice(0, 120);
}));
await p.screenshot({ path: "/tmp/fx.png" });
await b.close();
