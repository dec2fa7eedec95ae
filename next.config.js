/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded only by server routes: playwright-core (PDF), resvg (a native binary: PNG) and pptxgenjs
  // (PowerPoint; it reaches for node:fs and image-size), and the store's drivers: PGlite (loads its
  // WebAssembly and data files from its own directory) and pg. Never bundle them.
  serverExternalPackages: ["playwright-core", "@resvg/resvg-js", "pptxgenjs", "@electric-sql/pglite", "pg"],
  // Metadata (the Open Graph tags of a shared link) always in <head>, never streamed after it: the server's page
  // cache keeps one copy of a page for every user agent, and link unfurlers read only the head.
  htmlLimitedBots: /.*/,
  experimental: {
    // Fewer, larger chunks: a page's scripts gzip better together (issue 22's first-load budget; `/` went from 12
    // scripts to 6 and ~4 kB gzip less). The cost is some code shipped to a route that does not run it.
    turbopackChunking: { minChunkSize: 500_000, maxChunkCountPerGroup: 2, maxMergeChunkSize: 2_000_000, requestCost: 5_000_000 },
  },
};

module.exports = nextConfig;
