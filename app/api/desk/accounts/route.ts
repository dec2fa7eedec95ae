import { accountInput } from "@/lib/desk/api";
import { addAccount, listAccounts } from "@/lib/store/accounts";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET → every account (admins only). */
export async function GET(request: Request) {
  return deskRoute(request, { role: "admin", write: false }, async ({ db }) => json({ accounts: await listAccounts(db) }));
}

/** POST { email, role, password } → a new account (admins only). */
export async function POST(request: Request) {
  return deskRoute(request, { role: "admin", write: true }, async ({ db, session }) => {
    const input = await bodyOf(request, accountInput);
    if (!input.ok) return input.response;
    const { account } = await addAccount(db, input.value);
    console.log(`[desk] ${session.account.email} added ${account.email} (${account.role})`);
    return json({ account }, 201);
  });
}
