import { ForbiddenMessage } from "@/ui/page-messages";

// Inside the signed-in frame, whose <main> already holds the page: the message only (the root forbidden.tsx
// brings its own <main> for pages outside the frame). One main landmark per page.
export default function Forbidden() {
  return <ForbiddenMessage />;
}
