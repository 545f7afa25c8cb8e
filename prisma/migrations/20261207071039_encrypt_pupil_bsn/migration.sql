-- BSNs are encrypted by the app from now on (decision 111). SQL has no app
-- key, so existing plaintext numbers are renamed along, not converted: the
-- app encrypts them right after the migrations (`npm start`, scripts/start.ts,
-- and `npm run bsn:rotate`), before it serves a request.
ALTER TABLE "Pupil" RENAME COLUMN "bsn" TO "bsnEncrypted";

-- Only ciphertext may be written from now on. NOT VALID: rows from before are
-- not checked here (they hold plaintext until the app has encrypted them);
-- every insert and update is. The app validates it once nothing is left.
ALTER TABLE "Pupil" ADD CONSTRAINT "Pupil_bsnEncrypted_ciphertext"
  CHECK ("bsnEncrypted" ~ '^v[0-9]+:[A-Za-z0-9_-]+:[A-Za-z0-9+/=:]+$') NOT VALID;
