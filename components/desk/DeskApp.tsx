"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { RecordKind } from "@/lib/data/records";
import { blankRecord, type DeskRefs } from "@/lib/desk/forms";
import type { Account } from "@/lib/store/accounts";
import { AccountsPage } from "./AccountsPage";
import { ChangesPage } from "./ChangesPage";
import { createDeskApi, DeskApiContext, useDeskApi } from "./desk-api";
import { Finder } from "./Finder";
import { HistoryPage } from "./HistoryPage";
import { RecordEditor } from "./RecordEditor";

type Tab = "events" | "commentary" | "lanes" | "stories" | "set" | "changes" | "history" | "accounts";
type Refs = DeskRefs & { drafts: number; review: boolean };

/** Which record is open: an id, or null for a new one (with what it starts as). */
type Open = { kind: RecordKind; id: string | null; initial?: Record<string, unknown>; key?: number } | null;

const TAB_OF: Record<RecordKind, Tab> = { event: "events", annotation: "commentary", snapshot: "commentary", lane: "lanes", expert: "lanes", story: "stories", manifest: "set" };

interface DeskAppProps {
  account: Account;
  csrfToken: string;
  refs: Refs;
}

/** The desk: a query client of its own and the API with this session's token, around the shell. */
export function DeskApp(props: DeskAppProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: false, refetchOnWindowFocus: false } } }));
  const [signedOut, setSignedOut] = useState(false);
  const [api] = useState(() => createDeskApi(props.csrfToken, () => setSignedOut(true)));
  if (signedOut)
    return (
      <main className="desk-signin">
        <h1>Signed out</h1>
        <p>Your session ended (it expired, or you signed out elsewhere). Nothing unsaved was sent.</p>
        <p>
          <Link href="/desk">Sign in again</Link>
        </p>
      </main>
    );
  return (
    <QueryClientProvider client={client}>
      <DeskApiContext.Provider value={api}>
        <DeskShell {...props} />
      </DeskApiContext.Provider>
    </QueryClientProvider>
  );
}

function DeskShell({ account, refs: initialRefs }: DeskAppProps) {
  const api = useDeskApi();
  const client = useQueryClient();
  const router = useRouter();
  const refsQuery = useQuery({ queryKey: ["desk-refs"], queryFn: () => api.get<Refs>("/api/desk/refs"), initialData: initialRefs, staleTime: 2_000 });
  const refs = refsQuery.data;
  const [tab, setTab] = useState<Tab>("events");
  const [open, setOpen] = useState<Open>(null);
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const dirty = useRef(false);
  const onDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const mayLeave = () => !dirty.current || window.confirm("This record has unsaved changes. Leave them?");
  const opened = useRef(0);
  const go = (next: Open, nextTab?: Tab) => {
    if (!mayLeave()) return;
    dirty.current = false;
    // Each opening is a new editor; saving a new record keeps its editor (and what it says).
    setOpen(next && { ...next, key: ++opened.current });
    if (nextTab) setTab(nextTab);
  };
  const onChanged = () => {
    void client.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith("desk-") && query.queryKey[0] !== "desk-record" });
  };
  const openRecord = (kind: RecordKind, id: string) => {
    if (kind === "annotation" || kind === "snapshot") setSnapshot(kind === "snapshot" ? id : snapshot);
    go({ kind, id }, TAB_OF[kind]);
  };
  const signOut = async (everywhere: boolean) => {
    if (!mayLeave()) return;
    await api.send("POST", "/api/desk/logout", { everywhere }).catch(() => null);
    router.refresh();
  };

  const tabs: [Tab, string][] = [
    ["events", "Events"],
    ["commentary", "Commentary"],
    ["lanes", "Lanes & experts"],
    ["stories", "Stories"],
    ["set", "The set"],
    ["changes", refs.drafts > 0 ? `Changes (${refs.drafts})` : "Changes"],
    ["history", "History"],
    ...(account.role === "admin" ? ([["accounts", "Accounts"]] as [Tab, string][]) : []),
  ];

  const editor = (publishAlso?: () => Promise<{ kind: RecordKind; id: string }[]>) =>
    open ? (
      <RecordEditor
        key={open.key}
        kind={open.kind}
        id={open.id}
        initial={open.initial}
        refs={refs}
        reviewer={refs.review ? account.email : null}
        onChanged={onChanged}
        onCreated={(id) => {
          dirty.current = false;
          setOpen({ kind: open.kind, id, key: open.key });
          if (open.kind === "snapshot") setSnapshot(id);
        }}
        onClose={() => go(null)}
        publishAlso={publishAlso}
        onDirty={onDirty}
      />
    ) : (
      <p className="desk-empty">Choose a record from the list, or start a new one.</p>
    );

  const notesOf = async (id: string) => {
    const found = await api.get<{ records: { kind: RecordKind; id: string; draft: boolean }[] }>(`/api/desk/records?kind=annotation&snapshot=${encodeURIComponent(id)}&flag=draft&limit=500`);
    return found.records.map((record) => ({ kind: record.kind, id: record.id }));
  };
  const sel = (kind: RecordKind) => (open?.kind === kind ? open.id : null);
  const twoPane = (side: React.ReactNode, publishAlso?: () => Promise<{ kind: RecordKind; id: string }[]>) => (
    <div className={`desk-main${open ? " desk-has-open" : ""}`}>
      <div className="desk-side">{side}</div>
      <div className="desk-work">{editor(publishAlso)}</div>
    </div>
  );

  let body: React.ReactNode;
  if (tab === "events")
    body = twoPane(<Finder kind="event" heading="Events" refs={refs} selectedId={sel("event")} onSelect={(id) => go({ kind: "event", id })} onNew={() => go({ kind: "event", id: null })} />);
  else if (tab === "commentary") {
    const current = refs.snapshots.find((s) => s.id === snapshot) ?? null;
    body = twoPane(
      <>
        {refs.snapshots.length === 0 ? <p className="desk-hint">The set lists no snapshots: its notes form one, described by the set&rsquo;s asOf. Open a snapshot to name it; notes without one then belong to the first.</p> : null}
        <Finder kind="snapshot" heading="Snapshots" newLabel="Open a new snapshot" refs={refs} selectedId={sel("snapshot")} onSelect={(id) => (setSnapshot(id), go({ kind: "snapshot", id }))} onNew={() => go({ kind: "snapshot", id: null })} />
        {current ? (
          <Finder
            key={current.id}
            kind="annotation"
            heading={`Notes in “${current.title}”`}
            newLabel="Add a note"
            scope={{ snapshot: current.id }}
            refs={refs}
            selectedId={sel("annotation")}
            onSelect={(id) => go({ kind: "annotation", id })}
            onNew={() => go({ kind: "annotation", id: null, initial: { ...blankRecord("annotation", refs), snapshot: current.id } })}
          />
        ) : (
          <p className="desk-hint">Choose a snapshot to see and add its notes.</p>
        )}
      </>,
      open?.kind === "snapshot" && open.id ? () => notesOf(open.id!) : undefined,
    );
  } else if (tab === "lanes")
    body = twoPane(
      <>
        <Finder kind="lane" heading="Lanes" refs={refs} selectedId={sel("lane")} onSelect={(id) => go({ kind: "lane", id })} onNew={() => go({ kind: "lane", id: null })} />
        <Finder kind="expert" heading="Experts" refs={refs} selectedId={sel("expert")} onSelect={(id) => go({ kind: "expert", id })} onNew={() => go({ kind: "expert", id: null })} />
      </>,
    );
  else if (tab === "stories") body = twoPane(<Finder kind="story" heading="Stories" refs={refs} selectedId={sel("story")} onSelect={(id) => go({ kind: "story", id })} onNew={() => go({ kind: "story", id: null })} />);
  else if (tab === "set")
    body = (
      <div className="desk-single">
        <RecordEditor key="manifest" kind="manifest" id="manifest" refs={refs} reviewer={refs.review ? account.email : null} onChanged={onChanged} onCreated={() => {}} onClose={() => setTab("events")} onDirty={onDirty} />
      </div>
    );
  else if (tab === "changes") body = <ChangesPage me={account.email} onOpen={openRecord} onChanged={onChanged} />;
  else if (tab === "history") body = <HistoryPage onOpen={openRecord} />;
  else body = <AccountsPage me={account} />;

  return (
    <div className="desk">
      <a className="skip-link" href="#desk-content">
        Skip to the desk
      </a>
      <header className="desk-top">
        <div className="desk-brand">
          <Link href="/" className="desk-home">
            Snapshots
          </Link>
          <span className="desk-brand-sep" aria-hidden="true">
            /
          </span>
          <span>Desk</span>
          <span className="desk-set-title">{refs.title}</span>
        </div>
        <nav aria-label="Desk" className="desk-nav">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              className="desk-tab"
              aria-current={tab === id ? "page" : undefined}
              onClick={() => {
                if (tab === id || !mayLeave()) return;
                dirty.current = false;
                setTab(id);
                setOpen(null);
              }}
            >
              {label}
            </button>
          ))}
        </nav>
        <details className="desk-account">
          <summary>
            {account.email} <span className="desk-role">{account.role}</span>
          </summary>
          <div className="desk-account-menu">
            <button type="button" className="desk-button desk-button-quiet" onClick={() => signOut(false)}>
              Sign out
            </button>
            <button type="button" className="desk-button desk-button-quiet" onClick={() => signOut(true)}>
              Sign out everywhere
            </button>
          </div>
        </details>
      </header>
      <div id="desk-content" className="desk-content" tabIndex={-1}>
        {refs.review ? <p className="desk-review-note">Review is on: another editor publishes your changes.</p> : null}
        {body}
      </div>
    </div>
  );
}
