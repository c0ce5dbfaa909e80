"use client";

import { useRef, useState, type ReactNode } from "react";
import { IMAGE_MESSAGES, IMAGE_TYPES, MAX_IMAGE_BYTES } from "@/lib/images/image-limits";
import { Button } from "./button";
import { FieldError } from "./input";

type Props = {
  id: string;
  /** The current avatar or logo, shown beside the buttons. */
  preview: ReactNode;
  hasImage: boolean;
  /** "Upload avatar", "Upload logo". */
  uploadLabel: string;
  removeLabel: string;
  pending: boolean;
  error?: string;
  onUpload: (form: FormData) => void;
  onRemove: () => void;
};

/** Choose an image (PNG, JPEG, WebP or GIF, at most 512 KB) to upload at once, or remove the current one. */
export function ImageUpload({ id, preview, hasImage, uploadLabel, removeLabel, pending, error, onUpload, onRemove }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string>();

  function choose(file: File | undefined) {
    if (input.current) input.current.value = "";
    if (!file) return;
    // The server checks the bytes themselves: the browser's type is only a first guess.
    if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return setLocalError(IMAGE_MESSAGES.type);
    if (file.size > MAX_IMAGE_BYTES) return setLocalError(IMAGE_MESSAGES.size);
    setLocalError(undefined);
    const form = new FormData();
    form.set("file", file);
    onUpload(form);
  }

  const message = localError ?? error;
  return (
    <div className="flex items-center gap-4">
      {preview}
      <div className="min-w-0 space-y-2">
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            id={id}
            type="file"
            accept={IMAGE_TYPES.join(",")}
            className="sr-only"
            tabIndex={-1}
            aria-label={uploadLabel}
            aria-describedby={`${id}-help ${id}-error`}
            onChange={(e) => choose(e.target.files?.[0])}
            disabled={pending}
          />
          <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => input.current?.click()}>
            {pending ? "Saving…" : uploadLabel}
          </Button>
          {hasImage && (
            <Button type="button" variant="ghost" size="sm" disabled={pending} onClick={onRemove}>
              {removeLabel}
            </Button>
          )}
        </div>
        <p id={`${id}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
          PNG, JPEG, WebP or GIF, at most 512 KB. A square image looks best.
        </p>
        <FieldError id={`${id}-error`}>{message}</FieldError>
      </div>
    </div>
  );
}
