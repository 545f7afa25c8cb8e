import { totpCode, totpStep, TOTP_WINDOW } from "@/auth/mfa/totp";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { demoTotpSecret } from "@/demo/demo-two-step";

/**
 * A code of the demo secret (the factories' users with the two-step log-in) that the server will still
 * take for this person: the first step of the window (now ±1) after the last one they used. Throws when
 * all three are used: a test that logs one person in more than three times in 30 s must wait instead.
 */
export async function unusedTwoStepCode(prisma: PrismaClient, userId: string, atMs: number = Date.now()): Promise<string> {
  const { totpLastStep } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpLastStep: true } });
  const now = totpStep(atMs);
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (totpLastStep === null || step > totpLastStep) return totpCode(demoTotpSecret(), step);
  }
  throw new Error("every code of this 30-second window is used; wait for the next");
}

/**
 * Waits (polling the clock, at most a few seconds) until the current 30-second step has at least
 * `margin` seconds left, so a test computing codes relative to "now" is not caught by a step change
 * between computing a code and the server checking it.
 */
export async function awayFromStepEdge(margin = 5): Promise<void> {
  const secondsLeft = () => 30 - ((Date.now() / 1000) % 30);
  while (secondsLeft() < margin) await new Promise((resolve) => setTimeout(resolve, 100));
}
