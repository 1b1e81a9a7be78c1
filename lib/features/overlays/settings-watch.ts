import { loadSettings, onSettingsChanged, type Settings } from '@/lib/settings/settings';

export type OverlayName = keyof Settings['overlays'];

/**
 * Whether one overlay is on for the account signed in on the page, now and as the user changes it: `onChange` runs on every flip.
 * Resolves with the current value (false when the settings cannot be read: stay out of the way).
 */
export async function watchOverlay(
  name: OverlayName,
  signal: AbortSignal,
  onChange: (enabled: boolean) => void,
  account: string,
): Promise<boolean> {
  let enabled = false;
  try {
    enabled = (await loadSettings(account)).overlays[name];
  } catch (error) {
    console.error('Dinner Table: settings', error);
  }
  if (signal.aborted) return enabled;
  const stop = onSettingsChanged((settings) => {
    const next = settings.overlays[name];
    if (next === enabled || signal.aborted) return;
    enabled = next;
    onChange(next);
  }, account);
  signal.addEventListener('abort', stop, { once: true });
  return enabled;
}
