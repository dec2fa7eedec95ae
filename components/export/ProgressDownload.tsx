"use client";

import { useState, type AnchorHTMLAttributes, type MouseEvent } from "react";
import { useElapsedSeconds } from "../status/useElapsedSeconds";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "onClick" | "children"> & {
  href: string;
  children: string;
  /** What the wait is for, in words: "Preparing the PDF". */
  busyLabel: string;
};

/** The file name the server gave (Content-Disposition), else the link's last path segment. */
function fileNameOf(response: Response, href: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? new URL(href, location.href).pathname.split("/").at(-1) ?? "download";
}

/**
 * A download that takes seconds (a PDF, a PowerPoint, a rendered slide) says that it is under way: the
 * link turns busy with a running count of seconds (role=status, aria-busy), then saves the file or
 * says why it could not. Without script it is the plain link it renders, which the browser downloads.
 */
export function ProgressDownload({ href, children, busyLabel, className, ...rest }: Props) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const seconds = useElapsedSeconds(state.busy);

  async function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state.busy) return;
    setState({ busy: true, error: null });
    try {
      const response = await fetch(href);
      if (!response.ok) {
        const text = (await response.text()).replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
        const wait = response.headers.get("retry-after");
        throw new Error(`${children} failed (HTTP ${response.status})${text && text.length < 300 ? `: ${text}` : ""}${wait ? ` Try again in ${wait} s.` : ""}`);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(response, href);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <span className="progress-download">
      <a {...rest} className={className} href={href} onClick={onClick} aria-busy={state.busy || undefined} aria-disabled={state.busy || undefined}>
        {children}
      </a>
      <span role="status" className={state.busy || state.error ? "progress-download-status" : "visually-hidden"}>
        {state.busy ? `${busyLabel}…${seconds > 0 ? ` ${seconds} s` : ""}` : (state.error ?? "")}
      </span>
    </span>
  );
}
