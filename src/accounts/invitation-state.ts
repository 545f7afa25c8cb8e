/** What the invitation page learns about a link before the person chooses a password. */
export type TInvitationView =
  | { state: "valid"; kind: "INVITE" | "RESET"; name: string; email: string; schoolName: string }
  | { state: "invalid" | "expired" | "used" };
