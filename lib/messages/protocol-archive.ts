import type { z } from 'zod/mini';
import type { MessageSpec } from './define';

/** Messages of the X archive import (options page to background); merged in lib/messages/protocol.ts. */
export const ARCHIVE_MESSAGES = {} satisfies Record<string, MessageSpec<z.ZodMiniType, z.ZodMiniType>>;
