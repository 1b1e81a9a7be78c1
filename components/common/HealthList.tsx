import { ACCOUNT_MISMATCH } from '@/lib/features/account-guard';
import { isLensProblem, LENS_MISSING } from '@/lib/features/lens-seen';
import { formatList } from '@/lib/i18n/format';
import { type MessageKey, t, uiLocale } from '@/lib/i18n/t';
import type { Output } from '@/lib/messages/protocol';
import { X } from '@/lib/x/selectors';
import { ANCHOR_LABEL } from './anchor-labels';

type Health = Output<'status.get'>['health'];

const PAGE_NAMES: Record<string, MessageKey> = {
  home: 'pageHome',
  compose: 'pageCompose',
  status: 'pageStatus',
  profile: 'pageProfile',
  followers: 'pageFollowers',
  following: 'pageFollowing',
  notifications: 'pageNotifications',
  chat: 'pageChat',
};

/**
 * A missing thing as the reports store it (an anchor's name, the lens, "unreadable <Op> response"),
 * in the interface's words.
 */
function missingLabel(name: string): string {
  if (name in X) return t(ANCHOR_LABEL[name as keyof typeof X]);
  if (name === LENS_MISSING) return t('anchorLens');
  const op = /^unreadable (\w+) response$/.exec(name)?.[1];
  return op ? t('anchorUnreadable', { op }) : name;
}
const describeMissing = (names: readonly string[]) => formatList(names.map(missingLabel));

/** What Dinner Table found on each X page it saw, and what it had to pause where X changed. */
export function HealthList({ health, account }: { health: Health; account?: string }) {
  const mine = health.filter((h) => !account || !h.account || h.account === account);
  if (mine.length === 0) {
    return <p class="muted">{t('healthNothingYet')}</p>;
  }
  return (
    <ul class="health" data-testid="dt-health">
      {mine.map(({ report }) => {
        const known = PAGE_NAMES[report.route];
        const page = known ? t(known) : report.route;
        const ok = report.missing.length === 0;
        if (report.missing.includes(ACCOUNT_MISMATCH))
          return (
            <li key={report.route} data-route={report.route} data-ok="false" class="broken">
              <span aria-hidden="true">!</span> {t('healthAccountMismatch')}
            </li>
          );
        // Two sources: the page's anchors (DOM) and X's own data (the network lens).
        const lens = report.missing.filter(isLensProblem);
        const dom = report.missing.filter((m) => !isLensProblem(m));
        const sentences = ok
          ? [t('healthOk', { page: capitalize(page) })]
          : [
              dom.length
                ? t(lens.length ? 'healthDomPaused' : 'healthDomPausedLensOn', {
                    missing: describeMissing(dom),
                    page,
                  })
                : '',
              lens.length
                ? dom.length
                  ? t('healthLensAlsoMissing', { missing: describeMissing(lens) })
                  : t('healthLensMissing', { page: capitalize(page), missing: describeMissing(lens) })
                : '',
            ];
        return (
          <li key={report.route} data-route={report.route} data-ok={String(ok)} class={ok ? 'ok' : 'broken'}>
            <span aria-hidden="true">{ok ? '✓' : '!'}</span> {sentences.filter(Boolean).join(' ')}
          </li>
        );
      })}
    </ul>
  );
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase(uiLocale()) + s.slice(1);
