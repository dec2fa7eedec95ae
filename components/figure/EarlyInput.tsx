import { headers } from "next/headers";
import { EarlyInputScript } from "./EarlyInputScript";

/**
 * The inline script that keeps input made before hydration (components/figure/early-input.ts), with this
 * response's CSP nonce (the policy allows no other inline script). Rendered ahead of the figure, so it
 * listens from the moment the page is parsed. The source is written by a client component on the server only
 * (EarlyInputScript), so it is in the HTML once, not again in the RSC payload.
 */
export async function EarlyInput() {
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return <EarlyInputScript nonce={nonce} />;
}
