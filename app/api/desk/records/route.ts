import { describeInput, findQuery } from "@/lib/desk/api";
import { findRecords } from "@/lib/store/find";
import { deskError } from "@/lib/server/desk/guard";
import { deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/** GET /api/desk/records?kind=&q=&lane=&from=&to=&flag=&snapshot=&offset=&limit= → records as they stand, drafts in. */
export async function GET(request: Request) {
  return deskRoute(request, { role: "editor", write: false }, async ({ db }) => {
    const parsed = findQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return deskError(400, `Invalid search: ${describeInput(parsed.error)}`);
    return json(await findRecords(db, parsed.data));
  });
}
