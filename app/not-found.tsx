import { NotFoundMessage } from "@/ui/page-messages";

export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
