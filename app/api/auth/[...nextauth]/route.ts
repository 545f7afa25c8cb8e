import NextAuth from "next-auth";
import { authOptions } from "@/auth/auth-options";

// NextAuth reads its options per request, so settings are parsed at the first request, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}
export { handler as GET, handler as POST };
