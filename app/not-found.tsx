import { NotFoundNotice } from "@/components/shell/not-found-notice";

// One page for an unknown address and for a workspace the person is not in (the same words: it reveals nothing).
// Signed in, it keeps the app's shell and says who is signed in.
export default function NotFound() {
  return <NotFoundNotice />;
}
