"use client";

import { Toaster } from "sonner";

/**
 * The app's one toaster: it follows the system's light or dark scheme like the rest of the app (the light theme's
 * text colours are darkened in globals.css for contrast).
 */
export function AppToaster() {
  return <Toaster theme="system" richColors closeButton position="bottom-right" />;
}
