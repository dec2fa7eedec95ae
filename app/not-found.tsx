import Link from "next/link";
import { connection } from "next/server";

/**
 * Rendered per request rather than prerendered, so its scripts carry the response's nonce like every
 * other page's (a prerendered page has none, and the policy would block them).
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the explorer</Link>.
      </p>
    </main>
  );
}
