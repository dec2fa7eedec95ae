import { disableAccount } from "@/lib/store/accounts";
import { deskError } from "@/lib/server/desk/guard";
import { numberOf } from "@/lib/server/desk/params";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** DELETE → disables the account and ends its sessions (admins only; its revisions stay, under its name). */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return deskRoute(request, { role: "admin", write: true }, async ({ db, session }) => {
    const id = numberOf((await params).id);
    if (id === null) return deskError(404, "There is no such account.");
    if (id === session.account.id) return deskError(400, "You cannot disable your own account: ask another admin.");
    const account = await disableAccount(db, id);
    if (!account) return deskError(404, "There is no such account.");
    return json({ account });
  });
}
