import { personHandlers } from "./persons";

/** Every mock back-end handler. Each capability adds its own file here. */
export const handlers = () => [...personHandlers];
