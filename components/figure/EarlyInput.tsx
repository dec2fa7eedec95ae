import { headers } from "next/headers";
import { earlyInputSource } from "./early-input-script";

/**
 * The inline script that keeps input made before hydration (components/figure/early-input.ts), with this
 * response's CSP nonce (the policy allows no other inline script). Rendered ahead of the figure, so it
 * listens from the moment the page is parsed.
 */
export async function EarlyInput() {
  const policy = (await headers()).get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyInputSource }} />;
}
