"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { RecordKind } from "@/lib/data/records";
import type { HistoryEntry, Publication } from "@/lib/store/revisions";
import { useDeskApi } from "./desk-api";
import { formatWhen } from "./HistoryPanel";
import { KIND_NAMES } from "./RecordEditor";

/** The whole record's revisions, newest first, and its publications. */
export function HistoryPage({ onOpen }: { onOpen: (kind: RecordKind, id: string) => void }) {
  const api = useDeskApi();
  const pages = useInfiniteQuery({
    queryKey: ["desk-whole-history"],
    queryFn: ({ pageParam }) => api.get<{ revisions: HistoryEntry[]; publications: Publication[] }>(`/api/desk/history${pageParam ? `?before=${pageParam}` : ""}`),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.revisions.length === 50 ? last.revisions.at(-1)!.rev : undefined),
  });
  const revisions = pages.data?.pages.flatMap((page) => page.revisions) ?? [];
  const publications = pages.data?.pages[0]?.publications ?? [];
  return (
    <section className="desk-page" aria-labelledby="desk-history-page">
      <h2 id="desk-history-page">History of the record</h2>
      <h3>Publications</h3>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">When</th>
            <th scope="col">Published by</th>
            <th scope="col">Changes</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {publications.map((p) => (
            <tr key={p.id}>
              <td>{p.id}</td>
              <td>{formatWhen(p.at)}</td>
              <td>{p.author}</td>
              <td>{p.revisions}</td>
              <td>{p.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Revisions</h3>
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">Rev.</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Record</th>
            <th scope="col">Reason</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.rev}>
              <td>{r.rev}</td>
              <td>{formatWhen(r.at)}</td>
              <td>{r.author}</td>
              <td>
                <button type="button" className="desk-link" onClick={() => onOpen(r.kind, r.id)}>
                  {KIND_NAMES[r.kind]} <code>{r.id}</code>
                </button>
                {r.deleted ? " (deleted)" : ""}
              </td>
              <td>{r.reason}</td>
              <td>{r.publication ? `publication ${r.publication}` : "draft"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.hasNextPage ? (
        <button type="button" className="desk-button desk-button-quiet" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
          Older revisions
        </button>
      ) : null}
    </section>
  );
}
