/** The desk test server's accounts (tests/e2e/desk-server.ts creates them; test-only, never deployed). */
export const DESK_PASSWORD = "desk test password 2026";
export const ACCOUNTS = {
  admin: "desk-admin@example.org",
  editor: "desk-editor@example.org",
  second: "desk-second@example.org",
  /** Only the sign-in throttle test signs in as this one (and fails). */
  throttled: "desk-throttled@example.org",
} as const;
