"use server";

import { defineFormAction } from "../safe-action";
import { ZResetTwoStepSchema, ZTwoStepCodeSchema } from "./schemas";
import { resetTwoStep } from "./server/reset-two-step";
import { newRecoveryCodes } from "./server/new-recovery-codes";
import { setUpTwoStep } from "./server/set-up-two-step";
import { switchOffTwoStep } from "./server/switch-off-two-step";

export const setUpTwoStepAction = defineFormAction({ permission: "account:two-step", schema: ZTwoStepCodeSchema, run: setUpTwoStep });

export const newRecoveryCodesAction = defineFormAction({ permission: "account:two-step", schema: ZTwoStepCodeSchema, run: newRecoveryCodes });

export const switchOffTwoStepAction = defineFormAction({ permission: "account:two-step", schema: ZTwoStepCodeSchema, run: switchOffTwoStep });

export const resetTwoStepAction = defineFormAction({ permission: "accounts:reset-two-step", schema: ZResetTwoStepSchema, run: resetTwoStep });
