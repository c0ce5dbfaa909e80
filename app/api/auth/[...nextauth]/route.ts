import { handlers } from "@/lib/sign-in/auth";

export const { GET, POST } = handlers;
