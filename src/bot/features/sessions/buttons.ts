// The buttons of running sessions: End and Void in /sessions (End also where a session is already running).
import { callbackData, int, oneOf } from "../../callback-data.js";

export const endSession = callbackData("end", { sessionId: int });
export const voidSession = callbackData("void", { sessionId: int });
export const sessionsPage = callbackData("page", { list: oneOf("sessions"), page: int });
