import type { Metadata } from "next";
// One stylesheet (present.css @imports globals.css): a slide on the projector waits for one request.
import "./present.css";

// A shared deck rides in the URL: requests from these pages send only the origin as Referer, so the
// link is not sent twice (once as the URL, once as the Referer) and stays within the server's header limit.
export const metadata: Metadata = { referrer: "origin" };

export default function PresentLayout({ children }: { children: React.ReactNode }) {
  return children;
}
