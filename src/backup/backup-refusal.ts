/** A backup or restore that was refused before anything changed: the message says why (exit code 2). */
export class BackupRefusal extends Error {
  override name = "BackupRefusal";
}
