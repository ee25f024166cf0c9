import { cardOrderHandlers } from "./card-orders";
import { caseHandlers } from "./cases";
import { personHandlers } from "./persons";
import { secureMessageHandlers } from "./secure-messages";

/** Every mock back-end handler. Each capability adds its own file here. */
export const handlers = () => [...personHandlers, ...caseHandlers, ...cardOrderHandlers, ...secureMessageHandlers];
