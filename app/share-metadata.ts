import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/public-origin";
import { SHARE_IMAGE, type ShareCard } from "@/lib/view/share-card";

/** The origin shared links are written with: PUBLIC_ORIGIN, else this request's Host (lib/http/public-origin.ts). */
export async function requestOrigin(): Promise<string> {
  const head = await headers();
  return publicOrigin({ host: head.get("host"), forwardedProto: head.get("x-forwarded-proto") });
}

/**
 * A card as Next metadata: the page's title and description, and the Open Graph and Twitter tags a chat or
 * mail client reads to unfurl a pasted link (absolute URLs, from the public origin).
 */
export async function shareMetadata(card: ShareCard): Promise<Metadata> {
  const images = [{ url: card.image, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, alt: card.imageAlt, type: "image/png" }];
  return {
    title: card.title,
    description: card.description,
    metadataBase: new URL(await requestOrigin()),
    alternates: { canonical: card.path },
    openGraph: { type: "website", siteName: "Snapshots", title: card.title, description: card.description, url: card.path, images },
    twitter: { card: "summary_large_image", title: card.title, description: card.description, images },
  };
}
