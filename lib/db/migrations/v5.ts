import type { UpgradeTx } from './types';

/**
 * v5: two indexes of the contacts store nothing reads any more go. `byStage` ([account, stage])
 * was never queried (lists filter the stage in memory), and `byAccount` (account) gives the rows
 * of one account in the very order the primary key's range [account] .. [account, []] gives them.
 * Each was one more entry written with every contact: an archive import writes 100k+ contacts.
 */
export function migrateToV5(tx: UpgradeTx) {
  const contacts = tx.objectStore('contacts');
  for (const name of ['byStage', 'byAccount'])
    if (contacts.indexNames.contains(name as never)) contacts.deleteIndex(name as never);
}
