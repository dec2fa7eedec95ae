import { randomBytes } from "node:crypto";

/** 128 random bits, base64url: nothing in it that HTML, JSON or a CSP header would escape. */
export function createNonce(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * A rendered page with its nonce cut out, so each later response can carry a nonce of its own.
 * The nonce was random and sent to one client only, so nothing else in the page can contain it.
 */
export interface NonceTemplate {
  parts: Buffer[];
  bytes: number;
}

export function toNonceTemplate(body: Buffer, nonce: string): NonceTemplate {
  const parts: Buffer[] = [];
  const needle = Buffer.from(nonce);
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  return { parts, bytes: body.length };
}

/** The page with `nonce` where the original one was. */
export function fillNonceTemplate(template: NonceTemplate, nonce: string): Buffer {
  if (template.parts.length === 1) return template.parts[0]!;
  const needle = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  template.parts.forEach((part, i) => {
    if (i > 0) pieces.push(needle);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}
