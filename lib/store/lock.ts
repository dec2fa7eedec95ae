import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is Postgres for one process: two processes opening the same directory would corrupt it. The
 * process that opens the embedded store holds `<dir>.lock` (its pid) until it closes it; another gets a
 * message naming the holder. A lock left by a process that died is taken over.
 */
const held = new Set<string>();

export function lockEmbeddedStore(dir: string): () => void {
  const file = lockFile(dir);
  if (held.has(file)) throw new Error(`the embedded store ${dir} is already open in this process`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(file);
        process.off("exit", release);
        if (holder(file) === process.pid) rmSync(file, { force: true });
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = holder(file);
      if (pid !== null && pid !== process.pid && isAlive(pid))
        throw new Error(
          `the embedded store ${dir} is open in process ${pid} (a running server?): stop it first, or run against a PostgreSQL server with DATABASE_URL`,
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock the embedded store ${dir}`);
}

/** The live process (not this one) that holds the embedded store in `dir`, if any: to say so before asking for anything. */
export function embeddedStoreHolder(dir: string): number | null {
  const pid = holder(lockFile(dir));
  return pid !== null && pid !== process.pid && isAlive(pid) ? pid : null;
}

function lockFile(dir: string): string {
  return `${path.resolve(dir).replace(/\/+$/, "")}.lock`;
}

function holder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
