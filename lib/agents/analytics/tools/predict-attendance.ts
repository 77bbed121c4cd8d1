import { defineTool } from "../../core/tool";
import { eventFormatter, eventInput, requireEvent } from "../../event";
import { predictEventAttendance } from "../attendance";

/**
 * Final attendance with P10/P50/P90 from the event's booking curve and the organization's past events
 * (lib/agents/analytics/forecast): the forecast at the event's current horizon, how the target and the
 * capacity sit in its range, and the curve so far. An event that has started gets its outcome instead.
 */
export const predictAttendance = defineTool({
  name: "predict_attendance",
  agent: "analytics",
  description:
    "Forecast an event's final attendance (P10/P50/P90) from its sales so far and the organization's past events, with the chance of reaching the target and capacity.",
  input: eventInput,
  kind: "read",
  activityType: "attendance_predicted",
  async run(deps, { eventId }) {
    const event = await requireEvent(deps, eventId);
    return predictEventAttendance(deps, event, await eventFormatter(deps, event));
  },
});
