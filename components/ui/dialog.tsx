"use client";

import { cloneElement, createContext, isValidElement, useContext, type ComponentProps, type MouseEvent, type ReactElement, type ReactNode } from "react";
import { Button } from "./button";
import type { DialogContentProps, DialogParts } from "./dialog-parts";
import { lazyParts, type OpenProps } from "./lazy-parts";

/**
 * Dialogs whose code (Radix's dialog: focus trap, scroll lock, portal) loads when one first opens, or is about to (its
 * trigger pointed at or focused), not with every page. Until then a dialog is its trigger alone; once loaded, every
 * dialog renders through Radix. Same API as Radix's: Dialog, DialogTrigger, DialogClose, DialogContent.
 */
const radix = lazyParts(() => import("./dialog-parts").then((m) => m.parts));

type State = { parts: DialogParts | null; open: boolean; setOpen: (open: boolean) => void };
const DialogState = createContext<State | null>(null);

function useDialogState(component: string): State {
  const state = useContext(DialogState);
  if (!state) throw new Error(`<${component}> must be inside <Dialog>`);
  return state;
}

export function Dialog({ children, ...openProps }: OpenProps & { children: ReactNode }) {
  const state = radix.useParts(openProps);
  const { parts, open, setOpen } = state;
  return (
    <DialogState.Provider value={state}>
      {parts ? (
        <parts.Root open={open} onOpenChange={setOpen}>
          {children}
        </parts.Root>
      ) : (
        children
      )}
    </DialogState.Provider>
  );
}

/** The button that opens its dialog (`asChild`: the child element is the button). */
export function DialogTrigger({ asChild, onClick, onPointerEnter, onFocus, ...props }: ComponentProps<"button"> & { asChild?: boolean }) {
  const { parts, setOpen } = useDialogState("DialogTrigger");
  if (parts) return <parts.Trigger asChild={asChild} onClick={onClick} onPointerEnter={onPointerEnter} onFocus={onFocus} {...props} />;
  const open = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) setOpen(true);
  };
  const closed = { type: "button" as const, "aria-haspopup": "dialog" as const, "aria-expanded": false, "data-state": "closed" };
  // Until Radix loads, `asChild` puts the trigger's props on its one child element (a Button): the child's own props
  // win and its onClick runs first, as Radix's Slot does.
  if (asChild && isValidElement(props.children)) {
    const child = props.children as ReactElement<ComponentProps<"button">>;
    const { children: _child, ...rest } = props; // eslint-disable-line @typescript-eslint/no-unused-vars
    return cloneElement(child, {
      ...closed,
      ...rest,
      ...radix.preloadOn({ onPointerEnter, onFocus }),
      ...child.props,
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        child.props.onClick?.(event);
        open(event);
      },
    });
  }
  return <button {...closed} {...props} {...radix.preloadOn({ onPointerEnter, onFocus })} onClick={open} />;
}

/** Closes its dialog (`asChild`: the child element is the button). */
export function DialogClose(props: ComponentProps<"button"> & { asChild?: boolean }) {
  const { parts } = useDialogState("DialogClose");
  return parts ? <parts.Close {...props} /> : null;
}

/** The dialog itself: a title, an optional description and its content; shown while the dialog is open. */
export function DialogContent(props: DialogContentProps) {
  const { parts } = useDialogState("DialogContent");
  return parts ? <parts.Content {...props} /> : null;
}

/** A dialog form's last rows: a refusal that belongs to no field, Cancel, and the submit button. */
export function DialogFormFooter({ error, pending, submitLabel, pendingLabel = "Creating…" }: { error?: string; pending: boolean; submitLabel: string; pendingLabel?: string }) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="secondary">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </>
  );
}
