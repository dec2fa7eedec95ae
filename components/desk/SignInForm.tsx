"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Email and password; on success the page reloads with its session cookie. */
export function SignInForm() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch("/api/desk/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) }).catch(() => null);
    // The page is rendered again on the server, which now reads the session's cookie.
    if (response?.ok) return router.refresh();
    const body = (await response?.json().catch(() => null)) as { error?: string } | null;
    setError(body?.error ?? "The desk could not be reached.");
    setBusy(false);
  };
  return (
    // method="post": a form sent before the page's script runs never puts the password in a URL.
    <form className="desk-signin-form" method="post" onSubmit={submit}>
      <div className="desk-field">
        <label htmlFor="desk-email">Email</label>
        <input id="desk-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="desk-field">
        <label htmlFor="desk-password">Password</label>
        <input id="desk-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      {error ? (
        <p className="desk-problem" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="desk-button desk-button-primary" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
