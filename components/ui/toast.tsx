"use client";

import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import type { ExternalToast } from "sonner";

/**
 * Toasts (sonner) whose code loads when the first one is shown, or is about to be (the page's first click, key press
 * or form input, which is what nearly every toast follows), not with every page. `toast.success(message, options)` and
 * `toast.error(...)` take sonner's arguments; `<Toaster />` (in the root layout) mounts sonner's toaster then, which
 * shows the toasts made before it subscribed. A module that imports sonner itself still works, through that first
 * click, key press or input, but puts sonner back into its page's JavaScript.
 */
const loadSonner = () => import("sonner");

let wanted = false;
const listeners = new Set<() => void>();
function want() {
  if (wanted) return;
  wanted = true;
  listeners.forEach((listener) => listener());
}

function show(kind: "success" | "error" | "info" | "warning" | "message") {
  return (message: string, options?: ExternalToast) => {
    want();
    loadSonner().then(
      ({ toast }) => void toast[kind](message, options),
      () => {}, // the network failed: the toast is lost, like the page's other requests then
    );
  };
}

export const toast = { success: show("success"), error: show("error"), info: show("info"), warning: show("warning"), message: show("message") };

const SonnerToaster = lazy(() => loadSonner().then((m) => ({ default: m.Toaster })));

const subscribe = (listener: () => void) => (listeners.add(listener), () => void listeners.delete(listener));

/**
 * The app's one toaster, mounted once a toast is wanted: it follows the system's light or dark scheme like the rest
 * of the app (the light theme's text colours are darkened in globals.css for contrast).
 */
export function Toaster() {
  const mounted = useSyncExternalStore(subscribe, () => wanted, () => false);
  useEffect(() => {
    // Every toast but the arrival one follows something the person did: the first such event mounts the toaster.
    const events = ["pointerdown", "keydown", "input", "change", "submit"] as const;
    const options = { capture: true, passive: true } as const;
    const mount = () => {
      want();
      events.forEach((event) => document.removeEventListener(event, mount, options));
    };
    events.forEach((event) => document.addEventListener(event, mount, options));
    return () => events.forEach((event) => document.removeEventListener(event, mount, options));
  }, []);
  if (!mounted) return null;
  return (
    <Suspense>
      <SonnerToaster theme="system" richColors closeButton position="bottom-right" />
    </Suspense>
  );
}
