import { browser } from 'wxt/browser';

/** A manifest `content_scripts` entry, as much of it as matters here. */
interface ContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  world?: string;
}

/**
 * The content scripts to run again in open tabs: the isolated-world ones. Not the page-world lens:
 * it must start before X's own scripts to see anything, and the old copy stays alive with the
 * page's code (only isolated worlds are orphaned), so a second one would see every response twice.
 */
export function reinjectable(scripts: ContentScript[] | undefined): ContentScript[] {
  return (scripts ?? []).filter((s) => s.js?.length && s.matches?.length && s.world !== 'MAIN');
}

/**
 * Chrome puts no new copy of a content script into tabs already open when the extension is
 * installed or updated (only their next page load gets one), while the orphaned old copy has
 * removed its UI: X would look as if Dinner Table were gone until a reload. So after an install or
 * update the isolated-world scripts run again in every matching open tab. A tab that already has
 * a new copy (it loaded in between) keeps one set: WXT's context stops the older copy of a script
 * when a newer one starts in the page. Firefox re-injects by itself, so this is Chrome's alone.
 * Returns how many tabs got the scripts.
 */
export async function reinjectIntoOpenTabs(): Promise<number> {
  let injected = 0;
  for (const script of reinjectable(browser.runtime.getManifest().content_scripts)) {
    const tabs = await browser.tabs.query({ url: script.matches });
    for (const tab of tabs) {
      // A discarded tab runs nothing; it loads afresh, script and all, when it is next shown.
      if (tab.id === undefined || tab.discarded) continue;
      const target = { tabId: tab.id, allFrames: script.all_frames ?? false };
      try {
        if (script.css?.length) await browser.scripting.insertCSS({ target, files: script.css as never });
        // The manifest names built files; WXT types `files` as the paths it generated, known only at build.
        await browser.scripting.executeScript({ target, files: (script.js ?? []) as never });
        injected++;
      } catch {
        // The tab closed, navigated away or shows an error page: its next load gets the script.
      }
    }
  }
  return injected;
}
