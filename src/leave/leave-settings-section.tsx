import { LeaveSettingsForm } from "./leave-settings-form";
import { getLeaveSettings } from "./server/get-leave-settings";

/** Beheer's "Verlof" block. */
export async function LeaveSettingsSection({ schoolId }: { schoolId: string }) {
  const settings = await getLeaveSettings({ schoolId });
  return (
    <>
      <h2 id="verlof" className="mb-3 mt-6 text-lg font-semibold">Verlof</h2>
      <LeaveSettingsForm {...settings} />
    </>
  );
}
