"use client";

import { createContext, useContext } from "react";

export const OpenPreviewFile = createContext<((file: File) => void) | null>(null);

/** Opens a file as a preview (PreviewHost provides it): for the button that chooses one. */
export function useOpenPreviewFile(): ((file: File) => void) | null {
  return useContext(OpenPreviewFile);
}
