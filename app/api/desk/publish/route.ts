import { publishInput } from "@/lib/desk/api";
import { publish } from "@/lib/store/revisions";
import { publishAndServe } from "@/lib/server/dataset";
import { bodyOf, deskRoute, json } from "@/lib/server/desk/respond";

export const dynamic = "force-dynamic";

/**
 * POST { records?, note } → publishes the drafts (all, or those named) once the whole record they
 * leave passes data:check's rules (422 with every problem otherwise). This instance serves the new
 * record before answering (the record publish checked, not read and checked again); the others within 2 s
 * (NOTIFY). With DESK_REVIEW=1 an editor may not publish their own changes.
 */
export async function POST(request: Request) {
  return deskRoute(request, { role: "editor", write: true }, async ({ db, session }) => {
    const input = await bodyOf(request, publishInput);
    if (!input.ok) return input.response;
    const { result, state } = await publishAndServe(() =>
      publish(db, { records: input.value.records, note: input.value.note, author: session.account.email, review: process.env.DESK_REVIEW === "1" }),
    );
    console.log(`[desk] ${session.account.email} published ${result.published.length} change(s) as publication ${result.publication}`);
    return json({ publication: result.publication, published: result.published, served: state.ok ? state.version : null });
  });
}
