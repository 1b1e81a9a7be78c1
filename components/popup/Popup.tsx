import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HealthList } from '@/components/common/HealthList';
import { useAsync, useLatestAnswer } from '@/components/common/useAsync';
import { errorText } from '@/lib/i18n/error-text';
import { tRich } from '@/lib/i18n/rich';
import { type MessageKey, t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { FirstScreen } from '@/lib/messages/first-screen';
import type { ContactView } from '@/lib/messages/protocol';
import type { DueView } from '@/lib/messages/protocol-due';
import type { Handful, HandfulPick } from '@/lib/messages/protocol-popup';
import { X_MATCHES } from '@/lib/x/hosts';
import { type ContentSource, displayName, markContent, markFirstContent } from './format';
import { KeepTalking } from './KeepTalking';
import { LazyView, viewCode } from './lazy-view';
import { type PickAction, Today } from './Today';
import { INITIAL_QUERY, type Query as UnmetQuery } from './unmet-query';

// Not on the first screen: loaded in their own chunks once it is painted (lazy-view.tsx).
const unmetCode = viewCode(() => import('./Unmet').then((m) => m.Unmet));
const balanceCode = viewCode(() => import('./Balance').then((m) => m.Balance));
const personCode = viewCode(() => import('./Person').then((m) => m.Person));

const TABS = [
  { id: 'today', label: 'tabToday' },
  { id: 'unmet', label: 'tabUnmet' },
  { id: 'balance', label: 'tabBalance' },
] as const satisfies readonly { id: string; label: MessageKey }[];
type TabId = (typeof TABS)[number]['id'];

const ACTION_DONE: Record<PickAction, MessageKey> = {
  met: 'doneMet',
  snooze: 'doneSnooze',
  hide: 'doneHide',
  undo: 'doneUndone',
};

/**
 * The toolbar popup: today's handful, every unmet follower, your balance, and one person at a time.
 * `first`: the first screen kept by the background (main.tsx reads it before the first render);
 * `updating`: it is the last one built before a write, not the current one, so it shows marked as
 * being brought up to date, its actions off, until the live answers replace it.
 */
export function Popup({ first, updating = false }: { first?: FirstScreen; updating?: boolean } = {}) {
  // status.get counts every store (slow with a million rows): asked only once Today is on screen.
  const [statusGate, setStatusGate] = useState(false);
  const [status] = useAsync(
    () => (statusGate ? send('status.get', {}) : new Promise<never>(() => {})),
    statusGate,
  );
  // The first screen kept ready by the background (read before the first render, main.tsx) shows at
  // once; the live answers replace it once it is painted (they say the same, or what changed since).
  // Refreshes and actions both answer with the whole list; only the answer to the latest shows.
  const [handful, askHandful, actOnHandful] = useLatestAnswer<Handful>(
    first ? { status: 'ready', value: first.handful } : { status: 'loading' },
  );
  const [due, askDue, actOnDue] = useLatestAnswer<DueView>(
    first ? { status: 'ready', value: first.due } : { status: 'loading' },
  );
  /** Where what is on screen came from: the first screen kept by the background, then the live answers. */
  const shown: ContentSource = updating ? 'previous' : 'snapshot';
  const source = useRef<{ handful?: ContentSource; due?: ContentSource }>(
    first ? { handful: shown, due: shown } : {},
  );
  // The last first screen (from before a write) stays marked until both live answers are in.
  const [stale, setStale] = useState({
    handful: Boolean(first && updating),
    due: Boolean(first && updating),
  });
  const outdated = stale.handful || stale.due;
  const [tab, setTab] = useState<TabId>('today');
  const [person, setPerson] = useState<ContactView | null>(null);
  const [unmetQuery, setUnmetQuery] = useState<UnmetQuery>(INITIAL_QUERY);
  const [busy, setBusy] = useState<string>();
  const [said, setSaid] = useState('');
  const [xTabs, setXTabs] = useState<number | null>(null);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const panelRef = useRef<HTMLDivElement>(null);
  // Only the panel scrolls (popup.css): a new tab or person starts at its top, not where the last one was.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the view changes
  useEffect(() => {
    if (panelRef.current) panelRef.current.scrollTop = 0;
  }, [tab, person]);

  const loadHandful = useCallback(() => {
    askHandful(send('handful.get', {})).finally(() => {
      source.current.handful = 'live';
      setStale((s) => (s.handful ? { ...s, handful: false } : s));
      setStatusGate(true);
    });
  }, [askHandful]);
  // Beside the handful, not after it: both answers are needed for the first screen.
  const loadDue = useCallback(() => {
    askDue(send('due.get', {})).finally(() => {
      source.current.due = 'live';
      setStale((s) => (s.due ? { ...s, due: false } : s));
    });
  }, [askDue]);
  // Effects run after paint: with a first screen, the live answers are asked once it is on screen
  // (waking the background's worker competes with this page for the CPU); without one, at once.
  useEffect(() => {
    loadHandful();
    loadDue();
  }, [loadHandful, loadDue]);
  // For the popup benchmark: the due list (or its absence) is on screen.
  useEffect(() => {
    if (due.status !== 'loading') markContent('dt-due-content', source.current.due);
  }, [due.status]);
  // For the popup benchmark: Today and Keep talking as they are now (not the last first screen) are on screen.
  useEffect(() => {
    if (handful.status !== 'loading' && due.status !== 'loading' && !outdated)
      markContent('dt-current-content', source.current.handful);
  }, [handful.status, due.status, outdated]);
  // The other views' code, fetched once the first screen is painted (and Today has its answers), so a tab opens at once.
  const todayShown = handful.status !== 'loading';
  useEffect(() => {
    if (!todayShown) return;
    const later = setTimeout(() => {
      // The mark tells tests (and the benchmark) that every tab now opens without a wait.
      Promise.all([personCode, unmetCode, balanceCode].map((code) => code.preload()))
        .then(() => performance.mark('dt-views-loaded'))
        .catch(() => {});
    }, 200);
    return () => clearTimeout(later);
  }, [todayShown]);
  useEffect(() => {
    browser.tabs
      ?.query({ url: X_MATCHES })
      .then((tabs) => setXTabs(tabs.length))
      .catch(() => setXTabs(null));
  }, []);

  const ready = status.status === 'ready' ? status.value : undefined;
  const account = handful.status === 'ready' ? handful.value.account : null;
  const fromHandful =
    handful.status === 'ready' && handful.value.account && handful.value.handle
      ? { id: handful.value.account, handle: handful.value.handle, name: handful.value.name }
      : undefined;
  const me = ready?.accounts.find((a) => a.id === account) ?? fromHandful ?? ready?.accounts[0];
  const noAccount = (ready && ready.accounts.length === 0) || (handful.status === 'ready' && !account);
  const health = ready?.health.filter((h) => !me || !h.account || h.account === me.id) ?? [];
  const broken = health.some((h) => h.report.missing.length > 0);

  useEffect(() => {
    if (noAccount) markFirstContent();
  }, [noAccount]);

  const act = async (pick: HandfulPick, action: PickAction) => {
    if (!account) return false;
    setBusy(pick.contact.key);
    try {
      await actOnHandful(send('handful.act', { account, key: pick.contact.key, action }));
      // A snooze or "not for me" is said by Today's Undo bar, once.
      setSaid(
        action === 'snooze' || action === 'hide'
          ? ''
          : t(ACTION_DONE[action], { who: displayName(pick.contact) }),
      );
      return true;
    } catch (e) {
      setSaid(t('couldNotDoThat', { error: errorText(e) }));
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  const openOptions = () => void browser.runtime.openOptionsPage();
  const closePerson = () => {
    setPerson(null);
    if (tab === 'today') {
      loadHandful();
      loadDue();
    }
    requestAnimationFrame(() => tabRefs.current[tab]?.focus());
  };

  const onTabKey = (event: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next =
      event.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : -1;
    if (next < 0) return;
    event.preventDefault();
    const id = TABS[next]?.id ?? 'today';
    setTab(id);
    setPerson(null);
    tabRefs.current[id]?.focus();
  };

  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/48.png" alt="" />
        <div class="brand-text">
          <h1>{t('extName')}</h1>
          {me ? (
            <p class="muted" data-testid="dt-account">
              {me.name && <bdi>{me.name}</bdi>}
              {me.name ? ' · ' : ''}@{me.handle}
            </p>
          ) : (
            <p class="muted">{t('tagline')}</p>
          )}
        </div>
        {/* In the header, not above the lists: nothing moves when the live answers replace them. */}
        {outdated && tab === 'today' && !person && (
          <span class="updating muted small" role="status" data-testid="dt-updating">
            {t('popupUpdating')}
          </span>
        )}
        {handful.status === 'ready' && handful.value.picks.length > 0 && (
          <span class="badge-progress" aria-hidden="true">
            {handful.value.met}/{handful.value.picks.length}
          </span>
        )}
      </header>

      {status.status === 'error' && (
        <p class="notice bad" role="alert">
          {t('couldNotReadData', { error: status.message })}
        </p>
      )}
      {ready?.storageProblem && (
        <p class="notice bad" role="alert" data-testid="dt-storage-problem">
          {t('errStorageFull')}
        </p>
      )}
      {ready && broken && (
        <section class="notice warn" aria-labelledby="health-title" data-testid="dt-health-problem">
          <h2 id="health-title" class="small-title">
            {t('healthProblemTitle')}
          </h2>
          <HealthList health={ready.health} account={me?.id} />
        </section>
      )}

      {noAccount ? (
        <section class="card empty" data-testid="dt-empty">
          <h2>{t('noAccountTitle')}</h2>
          <p class="empty-text">
            {tRich('noAccountText', {
              link: (text) => (
                <a href="https://x.com/home" target="_blank" rel="noreferrer">
                  {text}
                </a>
              ),
            })}
          </p>
        </section>
      ) : (
        <>
          {xTabs === 0 && (
            <p class="notice quiet small" data-testid="dt-no-x-tab">
              {t('noXTab')}{' '}
              <a href="https://x.com/home" target="_blank" rel="noreferrer">
                {t('openX')}
              </a>
            </p>
          )}
          <div class="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onTabKey}>
            {TABS.map((item) => (
              <button
                key={item.id}
                type="button"
                role="tab"
                id={`tab-${item.id}`}
                aria-selected={tab === item.id}
                aria-controls="panel"
                tabIndex={tab === item.id ? 0 : -1}
                ref={(el) => {
                  tabRefs.current[item.id] = el;
                }}
                onClick={() => {
                  setTab(item.id);
                  setPerson(null);
                }}
              >
                {t(item.label)}
              </button>
            ))}
          </div>
          <div class="panel" id="panel" ref={panelRef} role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {person && account ? (
              <LazyView
                key="person"
                code={personCode}
                props={{ account, contact: person, onBack: closePerson }}
              />
            ) : tab === 'today' ? (
              <>
                {/* From before the last write: seen at once, not acted on until the live answers replace it. */}
                <div
                  class={outdated ? 'today-lists outdated' : 'today-lists'}
                  inert={outdated}
                  aria-busy={outdated}
                >
                  <KeepTalking
                    view={due.status === 'ready' ? due.value : undefined}
                    act={actOnDue}
                    reload={loadDue}
                    onOpen={setPerson}
                  />
                  {handful.status === 'loading' ? (
                    <p class="muted">{t('loading')}</p>
                  ) : handful.status === 'error' ? (
                    <p class="notice bad" role="alert">
                      {t('couldNotPickHandful', { error: handful.message })}
                    </p>
                  ) : (
                    <Today
                      source={source.current.handful}
                      handful={handful.value}
                      handle={me?.handle}
                      busy={busy}
                      onAct={act}
                      onOpen={(pick) => setPerson(pick.contact)}
                      onImport={openOptions}
                    />
                  )}
                </div>
              </>
            ) : tab === 'unmet' && account ? (
              <LazyView
                key="unmet"
                code={unmetCode}
                props={{ account, onOpen: setPerson, saved: unmetQuery, onQuery: setUnmetQuery }}
              />
            ) : tab === 'balance' && account ? (
              <LazyView key="balance" code={balanceCode} props={{ account }} />
            ) : null}
          </div>
          <p class="said small" role="status" aria-live="polite" data-testid="dt-announce">
            {said}
          </p>
        </>
      )}

      <footer>
        {ready && !broken && (
          <details class="health-details">
            <summary>{t('onX')}</summary>
            <HealthList health={ready.health} account={me?.id} />
          </details>
        )}
        <button type="button" onClick={openOptions}>
          {t('settingsAndData')}
        </button>
      </footer>
    </main>
  );
}
