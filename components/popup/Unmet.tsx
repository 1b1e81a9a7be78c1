import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '@/lib/i18n/error-text';
import { type MessageKey, t, tp } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { ContactView, Input } from '@/lib/messages/protocol';
import { Avatar } from './Avatar';
import { displayName, profileUrl, stageLabel } from './format';
import { INITIAL_QUERY, type Query, type Sort } from './unmet-query';
import { VirtualList } from './VirtualList';

export { INITIAL_QUERY, type Query } from './unmet-query';

const PAGE = 100;
export const ROW_HEIGHT = 60;

/** Every unmet follower: search, filters, sorts, and a windowed list that stays smooth at 100k. */
export function Unmet({
  account,
  onOpen,
  height = 330,
  saved = INITIAL_QUERY,
  onQuery,
}: {
  account: string;
  onOpen: (contact: ContactView) => void;
  height?: number;
  /** The search and filters to start from: the popup keeps them while a person is open, so Back returns to them. */
  saved?: Query;
  onQuery?: (query: Query) => void;
}) {
  const [query, setQuery] = useState(saved);
  const [search, setSearch] = useState(saved.search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: report a changed query, not a re-created callback
  useEffect(() => onQuery?.(query), [query]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ContactView[] | 'loading'>());
  const generation = useRef(0);

  // Typing waits a moment before asking: a search over 100k rows is not free.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.search === search ? q : { ...q, search })), 200);
    return () => clearTimeout(timer);
  }, [search]);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page)) return;
      pages.current.set(page, 'loading');
      const gen = generation.current;
      const input: Input<'contacts.list'> = {
        account,
        sort: query.sort,
        offset: page * PAGE,
        limit: PAGE,
        ...(query.unmetOnly && { unmetOnly: true }),
        ...(needle(query.search) && { search: needle(query.search) }),
        ...(query.mutual && { iFollow: true }),
        ...(query.engaged && { engagedMe: true }),
        ...(query.followsMe && { followsMe: true }),
      };
      send('contacts.list', input).then(
        (result) => {
          if (gen !== generation.current) return;
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          pages.current.delete(page);
          setError(errorText(e));
        },
      );
    },
    [account, query],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    setTotal(null);
    load(0);
  }, [load]);

  const onRange = useCallback(
    (start: number, end: number) => {
      for (let p = Math.floor(start / PAGE); p <= Math.floor(Math.max(start, end - 1) / PAGE); p++) load(p);
    },
    [load],
  );

  const rowAt = (i: number) => {
    const page = pages.current.get(Math.floor(i / PAGE));
    return Array.isArray(page) ? page[i % PAGE] : undefined;
  };

  const toggle = (name: 'mutual' | 'engaged' | 'followsMe', label: MessageKey) => (
    <button
      type="button"
      class="filter"
      aria-pressed={query[name]}
      onClick={() => setQuery((q) => ({ ...q, [name]: !q[name] }))}
    >
      {t(label)}
    </button>
  );

  return (
    <section class="unmet" aria-labelledby="unmet-title">
      <h2 id="unmet-title" class="visually-hidden">
        {t('unmetTitle')}
      </h2>
      <div class="search">
        <label for="unmet-search" class="visually-hidden">
          {t('unmetSearchLabel')}
        </label>
        <input
          id="unmet-search"
          type="search"
          placeholder={t('unmetSearchPlaceholder')}
          value={search}
          maxLength={100}
          onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="unmet-sort" class="visually-hidden">
          {t('unmetSortLabel')}
        </label>
        <select
          id="unmet-sort"
          value={query.sort}
          onChange={(e) =>
            setQuery((q) => ({ ...q, sort: (e.currentTarget as HTMLSelectElement).value as Sort }))
          }
        >
          <option value="newest">{t('unmetSortNewest')}</option>
          <option value="engaged">{t('unmetSortEngaged')}</option>
          <option value="longest">{t('unmetSortLongest')}</option>
        </select>
      </div>
      <fieldset class="filters">
        <legend class="visually-hidden">{t('unmetFilters')}</legend>
        {toggle('mutual', 'unmetFilterMutual')}
        {toggle('engaged', 'unmetFilterEngaged')}
        {toggle('followsMe', 'unmetFilterFollowsMe')}
        <label class="scope">
          <input
            type="checkbox"
            checked={query.unmetOnly}
            onChange={(e) =>
              setQuery((q) => ({ ...q, unmetOnly: (e.currentTarget as HTMLInputElement).checked }))
            }
          />{' '}
          {t('unmetOnlyLabel')}
        </label>
      </fieldset>
      <p class="muted small count" role="status" aria-live="polite" data-testid="dt-unmet-count">
        {total === null ? t('loading') : countText(total, query)}
      </p>
      {error && (
        <p class="notice bad" role="alert">
          {t('unmetLoadError', { error })}
        </p>
      )}
      {total === 0 ? (
        <p class="card empty-text" data-testid="dt-unmet-list" data-total={0}>
          {query.search || query.mutual || query.engaged || query.followsMe
            ? t('unmetNoMatch')
            : t('unmetNone')}
        </p>
      ) : (
        <VirtualList
          testId="dt-unmet-list"
          label={t('unmetTitle')}
          total={total ?? 0}
          rowHeight={ROW_HEIGHT}
          height={height}
          onRange={onRange}
          renderRow={(i) => {
            const c = rowAt(i);
            if (!c) return <div class="row-placeholder" aria-hidden="true" />;
            return <UnmetRow contact={c} onOpen={onOpen} />;
          }}
        />
      )}
    </section>
  );
}

function UnmetRow({ contact: c, onOpen }: { contact: ContactView; onOpen: (c: ContactView) => void }) {
  const who = displayName(c);
  return (
    <div
      class="urow"
      data-testid="dt-contact"
      data-id={c.id ?? ''}
      data-handle={c.handle ?? ''}
      data-stage={c.stage}
    >
      <Avatar contact={c} />
      <button type="button" class="urow-main" onClick={() => onOpen(c)}>
        <span class="urow-name">
          <strong>{who}</strong> <span class="muted">{c.handle ? `@${c.handle}` : ''}</span>
        </span>
        <span class="urow-bio muted">{c.bio || (c.handle ? stageLabel(c.stage) : t('unmetIdOnly'))}</span>
      </button>
      <a
        class="icon-link"
        href={profileUrl(c)}
        target="_blank"
        rel="noreferrer"
        title={t('unmetOpenOnX', { who })}
        aria-label={t('unmetOpenOnXNewTab', { who })}
      >
        ↗
      </a>
    </div>
  );
}

/** "37 unmet people", "11 people matching “fan_1”". */
function countText(total: number, query: Query): string {
  const people = tp(query.unmetOnly ? 'unmetUnmetPeople' : 'unmetPeople', total);
  return query.search ? t('unmetMatching', { people, search: query.search }) : people;
}

/** What to search for: "@ada" finds the handle ada, as people type handles on X. */
const needle = (search: string) => search.trim().replace(/^@+/, '').slice(0, 100);
