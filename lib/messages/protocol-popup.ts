import type { z } from 'zod/mini';
import type { MessageSpec } from './define';

/**
 * Messages of the popup's views (the handful, balance, badge progress). Kept apart from the core
 * protocol so each surface owns its messages; lib/messages/protocol.ts merges them.
 */
export const POPUP_MESSAGES = {} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
