import { connection } from "next/server";
import "./globals.css";

/**
 * Rendered per request rather than prerendered, so its scripts carry the response's nonce like every
 * other page's (a prerendered page has none, and the policy would block them). A plain link, not next/link:
 * this page is part of every route's first load, and the router's Link (3 kB gzip) would be too.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is fine from a 404; next/link would join every route's first load */}
        There is nothing at this address. <a href="/">Go to the explorer</a>.
      </p>
    </main>
  );
}
