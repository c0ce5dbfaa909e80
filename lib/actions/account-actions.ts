"use server";

import { z } from "zod";
import { signOut } from "@/lib/sign-in/auth";
import { imageUploadInput } from "@/lib/images/image-format";
import { deleteAccount } from "@/lib/users/delete-account";
import { removeAvatar } from "@/lib/users/remove-avatar";
import { deleteAccountSchema, updateProfileSchema } from "@/lib/users/schemas";
import { setAvatar } from "@/lib/users/set-avatar";
import { updateProfile } from "@/lib/users/update-profile";
import { userAction } from "./factories";

/** An upload's input is a FormData with the `file` field (typed here only; the domain validates what it reads). */
const uploadForm = z.instanceof(FormData);

export const updateProfileAction = userAction(updateProfile, { input: updateProfileSchema, revalidate: "app" });

export const setAvatarAction = userAction((caller, form) => setAvatar(caller, imageUploadInput(form)), { input: uploadForm, revalidate: "app" });

export const removeAvatarAction = userAction(removeAvatar, { revalidate: "app" });

/** Deletes the account, then signs out (the sessions went with it) and lands on the sign-in page. */
export const deleteAccountAction = userAction(
  async (caller, input) => {
    await deleteAccount(caller, input);
    await signOut({ redirectTo: "/sign-in?deleted=1" });
  },
  { input: deleteAccountSchema, revalidate: "app" },
);
