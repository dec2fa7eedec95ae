/**
 * npm run user:add -- --email you@example.org [--role editor|admin] [--replace]
 * Creates a desk account in the store the server uses (DATABASE_URL, else the embedded store; stop a
 * server that holds the embedded one first — it says so before asking for a password — or add editors
 * from the desk's Accounts page). The
 * password is read from a prompt that does not echo, or from the first line of standard input
 * (`printf '%s\n' "$PASSWORD" | npm run user:add -- …`) — never from the command line, where other
 * users and the shell's history would see it. --replace sets an existing account's role and
 * password and signs it out everywhere.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { addAccount, roleSchema } from "../lib/store/accounts";
import { StoreError } from "../lib/store/db";
import { embeddedStoreHolder } from "../lib/store/lock";
import { openStore, recordSource, seedIfEmpty } from "../lib/store/open";
import { passwordProblem } from "../lib/store/password";

const USAGE = "usage: npm run user:add -- --email <address> [--role editor|admin] [--replace]   (the password is asked for, or read from stdin)";

class UsageError extends Error {}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo the question, not what is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.startsWith(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await ask("Password (at least 12 characters): ");
    const problem = passwordProblem(first);
    if (problem) throw new UsageError(`the password ${problem}`);
    if ((await ask("Same password again: ")) !== first) throw new UsageError("the two passwords differ");
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  if (!password) throw new UsageError("no password on standard input");
  return password;
}

async function main() {
  let values;
  try {
    values = parseArgs({ args: process.argv.slice(2), options: { email: { type: "string" }, role: { type: "string", default: "editor" }, replace: { type: "boolean", default: false } }, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.email) throw new UsageError("--email is required");
  const role = roleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(`--role must be editor or admin, not "${values.role}"`);
  const source = recordSource();
  if (source.kind === "files") throw new UsageError("DATA_DIR is set: a directory of files has no desk and no accounts. Unset it to use the store.");
  const holder = source.kind === "embedded" ? embeddedStoreHolder(source.dir) : null;
  if (source.kind === "embedded" && holder !== null)
    throw new StoreError(
      `the embedded store ${source.dir} is open in process ${holder} (a running server): PGlite is one process's database, so stop the server (Ctrl-C), run user:add, and start it again. ` +
        "While it runs, an admin adds accounts on the desk's Accounts page (/desk).",
      409,
    );
  const password = await readPassword();
  const db = await openStore(source);
  try {
    await seedIfEmpty(db, source.seedDir);
    const { account, created } = await addAccount(db, { email: values.email, role: role.data, password, replace: values.replace });
    console.log(`${created ? "Created" : "Updated"} ${account.role} ${account.email} in ${db.description}. Sign in at /desk.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`user:add: ${(error as Error).message}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(error instanceof StoreError || error instanceof UsageError ? 2 : 1);
});
