import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { ENGINES, type EngineName } from '@/lib/features/engine-files';
import { MessageError } from '@/lib/messages/protocol';

/**
 * Runs an engine file (lib/features/engine-files.ts) in the content-script world of the frame that
 * asked (never the page's own world): `scripting.executeScript` in Chrome MV3, `tabs.executeScript`
 * in Firefox MV2. Only the files of ENGINES, by name. Resolves once the script ran, so the content
 * script can pick the engine up right after the answer.
 */
export async function injectEngine(name: EngineName, sender: Runtime.MessageSender): Promise<object> {
  const tabId = sender.tab?.id;
  if (tabId === undefined)
    throw new MessageError('forbidden', 'Dinner Table loads its parts only into an X tab.', 'x-tab-only');
  const frameId = sender.frameId ?? 0;
  const file = ENGINES[name].file;
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
  return {};
}
