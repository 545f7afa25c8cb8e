import { NotFoundMessage } from "@/ui/page-messages";

// Inside the signed-in frame, whose <main> already holds the page: the message only (the root not-found.tsx
// brings its own <main> for addresses outside the frame). One main landmark per page.
export default function NotFound() {
  return <NotFoundMessage />;
}
