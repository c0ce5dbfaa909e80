"use client";

import { useEffect, useState, type FocusEvent, type PointerEvent } from "react";

export type OpenProps = { open?: boolean; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void };

/**
 * Code that loads when a popup first opens, or is about to, not with every page: the Radix parts behind ./dialog.tsx
 * and ./dropdown-menu.tsx, the switcher's menu. `preload()` starts the one download (a trigger pointed at or
 * focused); `useParts` holds the popup's open state (controlled or not) and its parts, null until they are loaded,
 * which it loads once the popup opens. Once loaded, every later popup of the kind renders with them at once. A failed
 * download is tried again next time.
 */
export function lazyParts<P>(importParts: () => Promise<P>) {
  let loaded: P | null = null;
  let loading: Promise<P> | null = null;

  function preload(): Promise<P> {
    loading ??= importParts().then(
      (parts) => (loaded = parts),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  function useParts({ open: controlledOpen, defaultOpen = false, onOpenChange }: OpenProps) {
    // Functions in and out of state as values (the parts may be a component), never as initializers or updaters.
    const [parts, setParts] = useState<P | null>(() => loaded);
    const [ownOpen, setOwnOpen] = useState(defaultOpen);
    const open = controlledOpen ?? ownOpen;
    const setOpen = (next: boolean) => {
      if (controlledOpen === undefined) setOwnOpen(next);
      onOpenChange?.(next);
    };
    useEffect(() => {
      if (!open || parts) return;
      let current = true;
      preload().then((p) => current && setParts(() => p), () => current && setOpen(false));
      return () => {
        current = false;
      };
      // setOpen is a new function each render; the download depends on `open` and `parts` only.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [open, parts]);
    return { parts, open, setOpen };
  }

  /** The trigger's handlers that start the download before the press, composed with the trigger's own. */
  function preloadOn<T extends Element>(handlers: { onPointerEnter?: (event: PointerEvent<T>) => void; onFocus?: (event: FocusEvent<T>) => void }) {
    return {
      onPointerEnter: (event: PointerEvent<T>) => {
        handlers.onPointerEnter?.(event);
        preload().catch(() => {});
      },
      onFocus: (event: FocusEvent<T>) => {
        handlers.onFocus?.(event);
        preload().catch(() => {});
      },
    };
  }

  return { preload, useParts, preloadOn };
}
