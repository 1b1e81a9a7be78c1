import { browser } from 'wxt/browser';

/**
 * The toolbar badge: today's progress with the handful, "2/5". Chrome MV3 has `action`, Firefox
 * MV2 `browserAction`. A badge is a nicety: failures are swallowed, never thrown at a handler.
 */
export async function setHandfulBadge(met: number, size: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action?.setBadgeText) return;
  try {
    const done = size > 0 && met >= size;
    await action.setBadgeText({ text: size > 0 ? `${met}/${size}` : '' });
    await action.setBadgeBackgroundColor?.({ color: done ? '#1b6e3c' : '#1d6fb8' });
    await action.setTitle?.({
      title: size > 0 ? `Dinner Table: ${met} of ${size} met today` : 'Dinner Table',
    });
  } catch {
    // No badge is better than a failed message.
  }
}
