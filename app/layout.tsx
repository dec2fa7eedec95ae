import type { Metadata, Viewport } from "next";

// No stylesheet here: each page imports one of its own that starts with globals.css (app/explorer.css for `/`),
// so the explorer's first paint waits for a single sheet.
export const metadata: Metadata = {
  title: { default: "Snapshots", template: "%s · Snapshots" },
  description: "Linked timelines of dated, sourced events with expert commentary — browse, brief and print.",
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
