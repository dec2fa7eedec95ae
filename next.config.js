/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded only by server routes: playwright-core (PDF), resvg (a native binary: PNG) and pptxgenjs
  // (PowerPoint; it reaches for node:fs and image-size). Never bundle them.
  serverExternalPackages: ["playwright-core", "@resvg/resvg-js", "pptxgenjs"],
};

module.exports = nextConfig;
