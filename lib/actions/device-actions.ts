"use server";

import { approveDevice } from "@/lib/device/approve-device";
import { denyDevice } from "@/lib/device/deny-device";
import { approveDeviceSchema, denyDeviceSchema } from "@/lib/device/schemas";
import { userAction } from "./factories";

export const approveDeviceAction = userAction(approveDevice, { input: approveDeviceSchema, revalidate: "nothing" });

export const denyDeviceAction = userAction(denyDevice, { input: denyDeviceSchema, revalidate: "nothing" });
