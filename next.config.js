/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // playwright-core is loaded only by the PDF route on the server; never bundle it.
  serverExternalPackages: ["playwright-core"],
};

module.exports = nextConfig;
