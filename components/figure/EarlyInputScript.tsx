"use client";

import type * as Script from "./early-input-script";

// The source exists only in the server's bundle: `typeof window` is a build-time constant, so the browser's chunk
// has neither the require nor the string, and the RSC payload does not carry the script a second time.
const source: string =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typeof window === "undefined" ? (require("./early-input-script") as typeof Script).earlyInputSource : "";

/**
 * The early-input script's element. The server writes its source into the page; in the browser it is empty and
 * hydration leaves the parsed script as it is (React does not compare an inline script's contents).
 */
export function EarlyInputScript({ nonce }: { nonce: string | undefined }) {
  // A module script: it never stops the parser. A classic inline script waits for the stylesheet above it and holds
  // the parse of everything after it (the whole explorer) until then; a module runs as soon as the page is parsed
  // (the figure cannot be acted on before the stylesheet and the parse are done anyway).
  return <script type="module" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: source }} />;
}
