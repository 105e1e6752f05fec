/** Queue names. BullMQ forbids ":" in them; keep them short and stable (they are Redis keys). */
export const QUEUE_NAMES = Object.freeze({ extract: "extract" } as const);
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** Every key of ours lives under this prefix; tests pass their own to stay apart. */
export const DEFAULT_QUEUE_PREFIX = "sayso";
