-- Editors and admins, and their sessions. Passwords are scrypt hashes (lib/desk/password.ts); a
-- session is stored as the SHA-256 of its cookie's token, so the table alone opens no session.

CREATE TABLE IF NOT EXISTS account (
  id            bigserial PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  role          text NOT NULL CHECK (role IN ('editor', 'admin')),
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled_at   timestamptz
);

CREATE TABLE IF NOT EXISTS session (
  token_hash   text PRIMARY KEY,
  account_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  user_agent   text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS session_by_account ON session (account_id);
