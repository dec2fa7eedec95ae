import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { testDeadline } from "../deadline";

/**
 * A real PostgreSQL server for a test, started from Debian's binaries (`postgresql`, installed by
 * scripts/install-test-deps.sh) in a temporary directory: initdb, then pg_ctl start, listening on a
 * Unix socket in that directory only (no TCP port to collide with anyone's). As root it runs as the
 * `postgres` user (the server refuses root); otherwise as the current user.
 */
export interface TestPostgres {
  url: string;
  /** A fresh database on the same server (each suite gets its own). */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run ./scripts/install-test-deps.sh");
  return path.join(root, versions[0]!, "bin");
}

export function startPostgres(): TestPostgres {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "snapshots-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : path.join(bin, tool), asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args, { stdio: "pipe", timeout: testDeadline(60_000) });
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  const port = 55500;
  run("initdb", ["-D", data, "-A", "trust", "-U", "snap", "--no-sync", "-E", "UTF8", "--locale=C"]);
  run("pg_ctl", ["-D", data, "-o", `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off -c max_connections=60`, "-l", path.join(dir, "log"), "-w", "-t", String(testDeadline(60_000) / 1000), "start"]);
  const url = (db: string) => `postgres://snap@localhost/${db}?host=${encodeURIComponent(dir)}&port=${port}`;
  let stopped = false;
  return {
    url: url("postgres"),
    async createDatabase(name) {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Lets a non-root caller's files be read by the server's user (for a test that writes files the server reads). */
export function shareWithServer(file: string): void {
  if (process.getuid?.() === 0) chownSync(file, Number(execFileSync("id", ["-u", "postgres"]).toString().trim()), 0);
}
