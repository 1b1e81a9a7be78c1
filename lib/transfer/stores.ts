/** The stores an export carries, in the order it writes them (contacts before their history). */
export const TRANSFER_STORES = ['contacts', 'interactions', 'posts', 'nudges'] as const;
export type TransferStore = (typeof TRANSFER_STORES)[number];
