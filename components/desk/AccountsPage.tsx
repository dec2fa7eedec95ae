"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Account } from "@/lib/store/accounts";
import { DeskRequestError, useDeskApi } from "./desk-api";
import { formatWhen } from "./HistoryPanel";

/** Admins: every account, a form to add one, and a button that disables one (ending its sessions). */
export function AccountsPage({ me }: { me: Account }) {
  const api = useDeskApi();
  const accounts = useQuery({ queryKey: ["desk-accounts"], queryFn: () => api.get<{ accounts: (Account & { sessions: number })[] }>("/api/desk/accounts") });
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"editor" | "admin">("editor");
  const [password, setPassword] = useState("");
  const [status, setStatus] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const { account } = await api.send<{ account: Account }>("POST", "/api/desk/accounts", { email, role, password });
      setStatus({ text: `Added ${account.email} (${account.role}). Give them their password by a channel of its own.`, tone: "ok" });
      setEmail("");
      setPassword("");
      await accounts.refetch();
    } catch (error) {
      setStatus({ text: error instanceof DeskRequestError ? error.message : "Could not add the account.", tone: "error" });
    }
  };
  const disable = async (account: Account) => {
    try {
      await api.send("DELETE", `/api/desk/accounts/${account.id}`, {});
      setStatus({ text: `Disabled ${account.email}: signed out everywhere; their revisions keep their name.`, tone: "ok" });
      await accounts.refetch();
    } catch (error) {
      setStatus({ text: error instanceof DeskRequestError ? error.message : "Could not disable the account.", tone: "error" });
    }
  };
  return (
    <section className="desk-page" aria-labelledby="desk-accounts-title">
      <h2 id="desk-accounts-title">Accounts</h2>
      {status ? (
        <p className={status.tone === "error" ? "desk-problem desk-status" : "desk-status"} role={status.tone === "error" ? "alert" : "status"}>
          {status.text}
        </p>
      ) : null}
      <table className="desk-table">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            <th scope="col">Sessions</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.data?.accounts.map((account) => (
            <tr key={account.id}>
              <td>{account.email}</td>
              <td>{account.role}</td>
              <td>{formatWhen(account.createdAt)}</td>
              <td>{account.disabled ? "disabled" : account.sessions}</td>
              <td>
                {!account.disabled && account.id !== me.id ? (
                  <button type="button" className="desk-button desk-button-quiet" onClick={() => disable(account)}>
                    Disable {account.email}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="desk-form desk-account-form" onSubmit={add}>
        <h3>Add an account</h3>
        <div className="desk-field">
          <label htmlFor="desk-new-email">Email</label>
          <input id="desk-new-email" type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="desk-field">
          <label htmlFor="desk-new-role">Role</label>
          <select id="desk-new-role" value={role} onChange={(e) => setRole(e.target.value as "editor" | "admin")}>
            <option value="editor">editor: edits and publishes the record</option>
            <option value="admin">admin: also manages accounts</option>
          </select>
        </div>
        <div className="desk-field">
          <label htmlFor="desk-new-password">Password</label>
          <p className="desk-hint" id="desk-new-password-hint">
            At least 12 characters
          </p>
          <input id="desk-new-password" type="password" autoComplete="new-password" required minLength={12} aria-describedby="desk-new-password-hint" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="desk-button desk-button-primary">
          Add account
        </button>
      </form>
    </section>
  );
}
