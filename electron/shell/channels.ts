/** The single IPC channel pair between preload and main; messages on it follow shared/protocol.ts. */
export const TO_MAIN = 'berth:to-main';
export const TO_RENDERER = 'berth:to-renderer';
