import { ForbiddenMessage } from "@/ui/page-messages";

export default function Forbidden() {
  return (
    <main>
      <ForbiddenMessage />
    </main>
  );
}
