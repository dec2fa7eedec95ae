/**
 * The origin this process can reach itself on, from the address its server bound: the PDF renderer's
 * Chromium loads the report from it. A wildcard bind is reached on loopback of the same family.
 */
export function listenOrigin(address: { address: string; port: number }): string {
  const ip = address.address === "0.0.0.0" ? "127.0.0.1" : address.address === "::" ? "::1" : address.address;
  return `http://${ip.includes(":") ? `[${ip}]` : ip}:${address.port}`;
}
