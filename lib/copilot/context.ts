/** The description under which the dashboard tells the chat which event is on screen. */
export const EVENT_CONTEXT = "The event on screen";
