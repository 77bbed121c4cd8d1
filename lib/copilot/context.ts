/** The description under which the dashboard tells the chat what is on screen (a `ScreenContext`). */
export const SCREEN_CONTEXT = "The page on screen";
