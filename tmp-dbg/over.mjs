import { chromium } from "playwright-core";
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of ["/?event=deal", "/?event=deal&view=list", "/report"]) {
    await page.goto(base + path, { waitUntil: "networkidle" });
    const over = await page.evaluate((vw) => {
      const out = [];
      for (const el of document.querySelectorAll("body *")) {
        const r = el.getBoundingClientRect();
        if (r.right > vw + 1 && el.children.length === 0) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} <${el.parentElement?.tagName.toLowerCase()}.${[...(el.parentElement?.classList ?? [])].join(".")}> ${Math.round(r.width)}`);
      }
      return [...new Set(out)].slice(0, 25);
    }, width);
    console.log(width, path, over);
  }
}
await browser.close();
