import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { DeskApp } from "@/components/desk/DeskApp";
import { SignInForm } from "@/components/desk/SignInForm";
import { sessionOf } from "@/lib/server/desk/session";
import { getStore, hasStore } from "@/lib/server/store";
import { readRefs } from "@/lib/store/find";
import "./desk.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Desk", robots: { index: false, follow: false } };

/** /desk: the sign-in form, or the desk for a signed-in editor. Never cached (server/handler.ts, lib/http/security-headers.ts). */
export default async function DeskPage() {
  if (!hasStore())
    return (
      <main className="desk-signin">
        <h1>The desk is off</h1>
        <p>
          This server reads its record from a directory of files (<code>DATA_DIR</code>), which it never writes. Start it without <code>DATA_DIR</code> to keep the record in its store, where editors
          sign in here.
        </p>
        <p>
          <Link href="/">Back to the timeline</Link>
        </p>
      </main>
    );
  const db = await getStore();
  const found = await sessionOf(db, (await headers()).get("cookie"));
  if (!found)
    return (
      <main className="desk-signin">
        <p className="desk-kicker">
          <Link href="/">Snapshots</Link>
        </p>
        <h1>Sign in to the desk</h1>
        <p>Editors keep the record here. Reading the timeline needs no account.</p>
        <SignInForm />
        <p className="desk-hint">
          No account yet? An admin adds one on the desk&rsquo;s Accounts page; the first is made on the server with <code>npm run user:add</code>.
        </p>
      </main>
    );
  const refs = await readRefs(db);
  return <DeskApp account={found.session.account} csrfToken={found.session.csrfToken} refs={{ ...refs, review: process.env.DESK_REVIEW === "1" }} />;
}
