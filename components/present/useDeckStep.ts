"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { applyCommand, clampStep, type DeckCommand } from "@/lib/story/navigation";
import type { DeckRef } from "@/lib/story/links";
import { deckChannelName, readDeckMessage } from "@/lib/story/sync";

/**
 * The current step of a deck: written to the URL (so a reload resumes) and shared with every other
 * window showing the same story over a BroadcastChannel, so the slide and presenter windows can both drive.
 */
export function useDeckStep(deckRef: DeckRef, initialStep: number, count: number): [number, (command: DeckCommand) => void] {
  const channelName = deckChannelName(deckRef);
  // A story's id goes in the URL (so /present alone resumes its first story); a shared deck's link already holds it.
  const storyId = "story" in deckRef ? deckRef.story : null;
  const [step, setStep] = useState(initialStep);
  const stepRef = useRef(initialStep);
  const channel = useRef<BroadcastChannel | null>(null);
  const sender = useRef("");

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    sender.current = Math.random().toString(36).slice(2);
    const bc = new BroadcastChannel(channelName);
    bc.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data);
      if (!message || message.sender === sender.current) return;
      stepRef.current = applyCommand(1, { type: "go", step: message.step }, count);
      setStep(stepRef.current);
    };
    channel.current = bc;
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [channelName, count]);

  // An ad-hoc story can shrink while it is shown (edited in another tab): never point past its end.
  const shown = clampStep(step, count);

  // The URL follows the step without a server round trip; Next's router picks up replaceState.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (storyId) url.searchParams.set("story", storyId);
    url.searchParams.set("step", String(shown));
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [storyId, shown]);

  const go = useCallback(
    (command: DeckCommand) => {
      const next = applyCommand(stepRef.current, command, count);
      if (next === stepRef.current) return;
      stepRef.current = next;
      setStep(next);
      channel.current?.postMessage({ type: "step", step: next, sender: sender.current });
    },
    [count],
  );

  return [shown, go];
}
