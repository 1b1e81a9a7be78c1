import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { COACH_ENGINE_FILE } from '@/lib/features/coach-engine-file';
import { MessageError } from '@/lib/messages/protocol';

/**
 * Runs coach-engine.js in the content-script world of the frame that asked (never the page's own
 * world): `scripting.executeScript` in Chrome MV3, `tabs.executeScript` in Firefox MV2. Resolves
 * once the script ran, so the content script can pick the coach up right after the answer.
 */
export async function injectCoach(sender: Runtime.MessageSender): Promise<object> {
  const tabId = sender.tab?.id;
  if (tabId === undefined)
    throw new MessageError('forbidden', 'The coach loads only into an X tab.', 'x-tab-only');
  const frameId = sender.frameId ?? 0;
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [COACH_ENGINE_FILE],
    });
  } else {
    await browser.tabs.executeScript(tabId, { file: COACH_ENGINE_FILE, frameId });
  }
  return {};
}
