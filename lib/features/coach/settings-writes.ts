import type { RuleId } from '@/lib/coach/types';
import { type Settings, saveSettings } from '@/lib/settings/settings';
import { countPostedAnyway } from './hold';

/**
 * Counts one "post anyway" for the rule that held, so its hold shrinks to the pill after a few.
 * A failed write only means the hold stays full size: never in the way of the post.
 */
export function rememberPostedAnyway(settings: Settings, rule: RuleId, account: string) {
  void saveSettings({ postedAnyway: countPostedAnyway(settings.postedAnyway, rule) }, account).catch(
    () => {},
  );
}
