import { isLensProblem } from '@/lib/features/lens-seen';
import type { Output } from '@/lib/messages/protocol';
import { describeMissing } from '@/lib/x/health';

type Health = Output<'status.get'>['health'];

const PAGE_NAMES: Record<string, string> = {
  home: 'Home',
  compose: 'the post composer',
  status: 'post pages',
  profile: 'profiles',
  followers: 'follower lists',
  following: 'following lists',
  notifications: 'notifications',
  chat: 'chat',
};

/** What Dinner Table found on each X page it saw, and what it had to pause where X changed. */
export function HealthList({ health, account }: { health: Health; account?: string }) {
  const mine = health.filter((h) => !account || !h.account || h.account === account);
  if (mine.length === 0) {
    return <p class="muted">Open X in a tab: Dinner Table checks each page it knows as you visit it.</p>;
  }
  return (
    <ul class="health" data-testid="dt-health">
      {mine.map(({ report }) => {
        const page = PAGE_NAMES[report.route] ?? report.route;
        const ok = report.missing.length === 0;
        // Two sources: the page's anchors (DOM) and X's own data (the network lens).
        const lens = report.missing.filter(isLensProblem);
        const dom = report.missing.filter((m) => !isLensProblem(m));
        return (
          <li key={report.route} data-route={report.route} data-ok={String(ok)} class={ok ? 'ok' : 'broken'}>
            <span aria-hidden="true">{ok ? '✓' : '!'}</span>{' '}
            {ok
              ? `${capitalize(page)}: everything found.`
              : [
                  dom.length
                    ? `X changed ${describeMissing(dom)} on ${page}; Dinner Table is paused there${lens.length ? '.' : ', and still learns from X’s own data.'}`
                    : '',
                  lens.length
                    ? `${dom.length ? ' ' : `${capitalize(page)}: `}missing ${describeMissing(lens)}; ${dom.length ? 'nothing is read there.' : 'Dinner Table carries on from the page.'}`
                    : '',
                ].join('')}
          </li>
        );
      })}
    </ul>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
