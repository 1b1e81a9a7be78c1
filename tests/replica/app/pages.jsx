// Route pages: home, status, profile, follow lists, notifications, chat.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { loadMore } from './api.js';
import {
  Avatar,
  FollowButton,
  FollowsYou,
  fmtCount,
  Icon,
  PATHS,
  Tweet,
  TweetTextContent,
  UserCell,
  unknownUser,
} from './components.jsx';
import { DraftComposer, editorText, emptyEditor, PostButton } from './composer.jsx';
import { useListPages } from './list-pages.js';
import { navigate } from './router.js';
import {
  conversationId,
  createTweet,
  directoryUser,
  directoryUserById,
  me,
  repliesOf,
  sendDm,
  state,
  tweets,
  tweetsBy,
  userByHandle,
  useStore,
} from './store.js';
import { VirtualList } from './virtual.jsx';

export function useTitle(title) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

function hashNum(s) {
  let h = 7;
  for (const c of String(s)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

function ColumnHeader({ title, subtitle, back = true, children }) {
  return (
    <div className="col-header">
      <div className="col-header-row">
        {back ? (
          <button
            aria-label="Back"
            role="button"
            data-testid="app-bar-back"
            type="button"
            className="icon-btn"
            onClick={() => (history.length > 1 ? history.back() : navigate('/home'))}
          >
            <Icon d={PATHS.back} size={20} />
          </button>
        ) : null}
        <div>
          <h2 aria-level="2" role="heading" className="col-title">
            <span>{title}</span>
          </h2>
          {subtitle ? <div className="muted small">{subtitle}</div> : null}
        </div>
      </div>
      {children}
    </div>
  );
}

function Tabs({ tabs, label }) {
  return (
    <nav aria-label={label} role="navigation" className="tabs-nav">
      <div role="tablist" data-testid="ScrollSnap-List" className="tabs">
        {tabs.map((t) => (
          <div role="presentation" key={t.label} className="tab-wrap">
            <a
              href={t.href}
              role="tab"
              aria-selected={t.selected ? 'true' : 'false'}
              tabIndex={t.selected ? 0 : -1}
              className={t.selected ? 'tab selected' : 'tab'}
            >
              <div dir="ltr">
                <span>{t.label}</span>
                {t.selected ? <div className="tab-indicator" /> : null}
              </div>
            </a>
          </div>
        ))}
      </div>
    </nav>
  );
}

function TimelineSection({ label, heading, children }) {
  const id = `accessible-list-${label.replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} role="region" className="timeline-section">
      <h1 id={id} className="sr-only" aria-level="1" role="heading">
        {heading}
      </h1>
      <div aria-label={label}>{children}</div>
    </section>
  );
}

/** X's spinner while a route's responses are on their way. */
function Loading() {
  return (
    <div role="progressbar" aria-valuemax="100" aria-valuemin="0" className="loading">
      <div className="spinner" />
    </div>
  );
}

function tweetItems(ids, opts = {}) {
  const list = [];
  for (let i = 0; i < ids.length; i++) {
    const t = tweets.get(ids[i]);
    if (!t) continue;
    const prev = i > 0 ? tweets.get(ids[i - 1]) : null;
    const next = i + 1 < ids.length ? tweets.get(ids[i + 1]) : null;
    list.push({
      key: `tweet-${t.id}`,
      tweet: t,
      threadAbove: Boolean(prev && t.replyTo === prev.id),
      threadBelow: Boolean(next && next.replyTo === t.id),
      showReplyingTo: opts.showReplyingTo ?? Boolean(t.replyTo && !(prev && t.replyTo === prev.id)),
    });
  }
  return list;
}

function renderTweetCell(item) {
  return (
    <div className={item.threadBelow ? 'cell-pad no-border' : 'cell-pad'}>
      <div>
        <Tweet
          tweet={item.tweet}
          threadAbove={item.threadAbove}
          threadBelow={item.threadBelow}
          showReplyingTo={item.showReplyingTo}
        />
      </div>
    </div>
  );
}

// ---------- home ----------
function InlineComposer({ placeholder, buttonLabel, replyTo, onPosted }) {
  const [es, setEs] = useState(emptyEditor);
  const [key, setKey] = useState(0);
  const text = editorText(es);
  const empty = text.trim().length === 0;
  const post = async () => {
    const t = editorText(es);
    if (!t.trim()) return;
    setEs(emptyEditor());
    setKey((k) => k + 1);
    const tw = await createTweet({ text: t, replyTo });
    onPosted?.(tw);
  };
  return (
    <div className="inline-composer">
      <div className="inline-composer-avatar">
        <Avatar user={me} size={40} />
      </div>
      <div className="inline-composer-body">
        <DraftComposer
          key={key}
          index={0}
          editorState={es}
          onChange={setEs}
          onSubmit={post}
          placeholder={placeholder}
          autoFocus={key > 0}
        />
        <div className="composer-bottom">
          <div data-testid="toolBar" className="toolbar">
            <ComposerTools />
          </div>
          <PostButton testid="tweetButtonInline" label={buttonLabel} disabled={empty} onClick={post} />
        </div>
      </div>
    </div>
  );
}

export function ComposerTools() {
  return (
    <nav aria-live="polite" role="navigation">
      <div role="tablist" data-testid="ScrollSnap-List" className="tools">
        <div role="presentation">
          <button aria-label="Add photos or video" role="button" type="button" className="tool-btn">
            <Icon d={PATHS.quote} size={18} />
          </button>
          <input
            accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime"
            multiple
            type="file"
            tabIndex={-1}
            data-testid="fileInput"
            style={{ display: 'none' }}
          />
        </div>
        <div role="presentation">
          <button
            aria-label="Add a GIF"
            role="button"
            data-testid="gifSearchButton"
            type="button"
            className="tool-btn"
          >
            <Icon d={PATHS.views} size={18} />
          </button>
        </div>
        <div role="presentation">
          <button
            aria-label="Add poll"
            role="button"
            data-testid="createPollButton"
            type="button"
            className="tool-btn"
          >
            <Icon d={PATHS.bookmark} size={18} />
          </button>
        </div>
        <div role="presentation">
          <button
            aria-label="Schedule post"
            role="button"
            data-testid="scheduleOption"
            type="button"
            className="tool-btn"
          >
            <Icon d={PATHS.calendar} size={18} />
          </button>
        </div>
        <div role="presentation">
          <button
            aria-label="Tag Location"
            role="button"
            data-testid="geoButton"
            type="button"
            className="tool-btn"
          >
            <Icon d={PATHS.location} size={18} />
          </button>
        </div>
      </div>
    </nav>
  );
}

export function HomePage() {
  useStore();
  useTitle('Home / X');
  const items = tweetItems(state.home);
  const ready = state.loaded.has('home');
  const more = state.more.has('home');
  const onNearEnd = useCallback(() => {
    loadMore({ name: 'home' });
  }, []);
  return (
    <>
      <div className="col-header sticky">
        <Tabs
          label="Home timeline"
          tabs={[
            { label: 'For you', href: '/home', selected: true },
            { label: 'Following', href: '/home', selected: false },
          ]}
        />
      </div>
      <div className="home-composer">
        <InlineComposer placeholder="What's happening?" buttonLabel="Post" />
      </div>
      <TimelineSection label="Timeline: Your Home Timeline" heading="Your Home Timeline">
        <VirtualList
          items={items}
          renderItem={renderTweetCell}
          estimate={150}
          onNearEnd={more ? onNearEnd : undefined}
        />
      </TimelineSection>
      {!ready || more ? <Loading /> : null}
    </>
  );
}

// ---------- status ----------
export function StatusPage({ id }) {
  useStore();
  const ready = state.loaded.has(`status:${id}`);
  const t = ready ? tweets.get(id) : undefined;
  const author = t ? (userByHandle(t.author) ?? unknownUser(t.author)) : null;
  useTitle(
    t && author
      ? `${author.name} on X: "${t.text.length > 60 ? `${t.text.slice(0, 60)}…` : t.text}" / X`
      : 'Post / X',
  );
  useLayoutEffect(() => {
    // X scrolls the focal tweet into view (just below the sticky header), once heights have settled.
    const toFocal = () => {
      const el = document.querySelector(
        '[data-testid="primaryColumn"] article[data-testid="tweet"][tabindex="-1"]',
      );
      if (el) window.scrollTo(0, Math.max(0, el.getBoundingClientRect().top + window.scrollY - 53));
    };
    toFocal();
    const timers = [setTimeout(toFocal, 30), setTimeout(toFocal, 120)];
    return () => timers.forEach(clearTimeout);
  }, [id, ready]);
  if (!ready) {
    return (
      <>
        <ColumnHeader title="Post" />
        <Loading />
      </>
    );
  }
  if (!t) {
    return (
      <>
        <ColumnHeader title="Post" />
        <div className="empty" data-testid="emptyState">
          <div className="empty-title">Hmm...this page doesn’t exist. Try searching for something else.</div>
        </div>
      </>
    );
  }
  const ancestors = [];
  let p = t.replyTo ? tweets.get(t.replyTo) : null;
  while (p) {
    ancestors.unshift(p);
    p = p.replyTo ? tweets.get(p.replyTo) : null;
  }
  const replies = repliesOf(t.id);
  const items = [
    ...ancestors.map((a) => ({ key: `tweet-${a.id}`, kind: 'tweet', tweet: a, threadBelow: true })),
    { key: `focal-${t.id}`, kind: 'focal', tweet: t, threadAbove: ancestors.length > 0 },
    { key: `composer-${t.id}`, kind: 'composer', tweet: t },
    ...replies.map((r) => ({ key: `tweet-${r.id}`, kind: 'tweet', tweet: r })),
  ];
  const render = (item) => {
    if (item.kind === 'composer') {
      return (
        <div className="cell-pad">
          <div className="replying-to muted pad-left">
            Replying to{' '}
            <a href={`/${item.tweet.author}`} className="link" role="link">
              @{item.tweet.author}
            </a>
          </div>
          <InlineComposer placeholder="Post your reply" buttonLabel="Reply" replyTo={item.tweet.id} />
        </div>
      );
    }
    return (
      <div className={item.threadBelow ? 'cell-pad no-border' : 'cell-pad'}>
        <div>
          <Tweet
            tweet={item.tweet}
            focal={item.kind === 'focal'}
            threadAbove={item.threadAbove}
            threadBelow={item.threadBelow}
          />
        </div>
      </div>
    );
  };
  return (
    <>
      <ColumnHeader title="Post" />
      <TimelineSection label="Timeline: Conversation" heading="Conversation">
        <VirtualList key={id} items={items} renderItem={render} estimate={180} />
      </TimelineSection>
      <div style={{ height: '60vh' }} />
    </>
  );
}

// ---------- profile ----------
function fmtJoined(iso) {
  const d = new Date(iso || '2015-01-01');
  return `Joined ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function counts(user) {
  if (user.id === me.id) return { followers: state.followers.size, following: state.following.size };
  const h = hashNum(user.id);
  return { followers: 200 + (h % 48000) + (user.verified ? 51000 : 0), following: 80 + (h % 900) };
}

function ProfileSchema({ user, c, nTweets }) {
  const json = {
    '@context': 'http://schema.org',
    '@type': 'ProfilePage',
    dateCreated: user.joined ?? '2015-01-01T00:00:00.000Z',
    mainEntity: {
      '@type': 'Person',
      additionalName: user.handle,
      description: user.bio ?? '',
      givenName: user.name,
      homeLocation: { '@type': 'Place', name: user.location ?? '' },
      identifier: user.id,
      image: {
        '@type': 'ImageObject',
        contentUrl: `https://x.com/profile_images/${user.id}/${user.handle}_normal.svg`,
        thumbnailUrl: `https://x.com/profile_images/${user.id}/${user.handle}_normal.svg`,
      },
      interactionStatistic: [
        {
          '@type': 'InteractionCounter',
          interactionType: 'https://schema.org/FollowAction',
          name: 'Follows',
          userInteractionCount: c.followers,
        },
        {
          '@type': 'InteractionCounter',
          interactionType: 'https://schema.org/SubscribeAction',
          name: 'Friends',
          userInteractionCount: c.following,
        },
        {
          '@type': 'InteractionCounter',
          interactionType: 'https://schema.org/WriteAction',
          name: 'Tweets',
          userInteractionCount: nTweets,
        },
      ],
      url: `https://x.com/${user.handle}`,
    },
    relatedLink: user.url ? [user.url] : [],
  };
  return (
    <script
      type="application/ld+json"
      data-testid="UserProfileSchema-test"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(json).replace(/</g, '\\u003c') }}
    />
  );
}

export function ProfilePage({ handle, tab }) {
  useStore();
  const ready = state.loaded.has(`profile:${handle.toLowerCase()}`);
  const user = ready ? userByHandle(handle) : undefined;
  useTitle(user ? `${user.name} (@${user.handle}) / X` : 'Profile / X');
  if (!ready) {
    return (
      <>
        <ColumnHeader title="Profile" />
        <Loading />
      </>
    );
  }
  if (!user) {
    return (
      <>
        <ColumnHeader title="Profile" />
        <div className="banner" />
        <div className="profile-head">
          <div className="profile-name" data-testid="UserName">
            <span>@{handle}</span>
          </div>
        </div>
        <div className="empty" data-testid="emptyState">
          <div className="empty-title">This account doesn’t exist</div>
          <div className="muted">Try searching for another.</div>
        </div>
      </>
    );
  }
  const isMe = user.id === me.id;
  const c = counts(user);
  const withReplies = tab === 'with_replies';
  const ids = tab && tab !== 'with_replies' ? [] : tweetsBy(user.handle, withReplies);
  const allCount = tweetsBy(user.handle, true).length;
  const items = tweetItems(ids, {});
  const tabName =
    {
      with_replies: 'Replies',
      media: 'Media',
      likes: 'Likes',
      highlights: 'Highlights',
      articles: 'Articles',
    }[tab] ?? 'Posts';
  return (
    <>
      <ColumnHeader title={user.name} subtitle={`${allCount} posts`} />
      <ProfileSchema user={user} c={c} nTweets={allCount} />
      <div
        className="banner"
        style={{
          background: `linear-gradient(120deg, #1d9bf0, ${['#7856ff', '#00ba7c', '#f91880', '#ff7a00'][hashNum(user.id) % 4]})`,
        }}
      >
        <a
          href={`/${user.handle}/header_photo`}
          role="link"
          aria-label="Header photo"
          className="banner-link"
        />
      </div>
      <div className="profile-head">
        <div className="profile-avatar-row">
          <div className="profile-avatar">
            <a href={`/${user.handle}/photo`} role="link">
              <Avatar user={user} size={134} link={false} />
            </a>
          </div>
          <div className="profile-actions">
            {isMe ? (
              <a
                href="/settings/profile"
                role="link"
                data-testid="editProfileButton"
                className="btn btn-outline"
              >
                <span>Edit profile</span>
              </a>
            ) : (
              <>
                <button
                  aria-haspopup="menu"
                  aria-expanded="false"
                  aria-label="More"
                  role="button"
                  data-testid="userActions"
                  type="button"
                  className="icon-btn outline"
                >
                  <Icon d={PATHS.more} size={18} />
                </button>
                <button
                  aria-label="Message"
                  role="button"
                  data-testid="sendDMFromProfile"
                  type="button"
                  className="icon-btn outline"
                  onClick={() => navigate(`/i/chat/${conversationId(me.id, user.id)}`)}
                >
                  <Icon d={PATHS.mail} size={18} />
                </button>
                <div data-testid="placementTracking">
                  <FollowButton user={user} />
                </div>
              </>
            )}
          </div>
        </div>
        <div data-testid="UserName" className="profile-name">
          <div>
            <div className="profile-display-name">
              <span>
                <span>{user.name}</span>
              </span>
              {user.verified ? (
                <Icon
                  d={PATHS.verified}
                  size={20}
                  className="icon verified"
                  label="Verified account"
                  testid="icon-verified"
                />
              ) : null}
            </div>
            <div className="handle-row">
              <div dir="ltr" className="muted">
                <span>@{user.handle}</span>
              </div>
              {!isMe ? <FollowsYou user={user} /> : null}
            </div>
          </div>
        </div>
        {user.bio ? (
          <div data-testid="UserDescription" dir="auto" lang="en" className="profile-bio">
            <TweetTextContent text={user.bio} />
          </div>
        ) : null}
        <div data-testid="UserProfileHeader_Items" className="profile-items muted">
          {user.location ? (
            <span data-testid="UserLocation" className="profile-item">
              <Icon d={PATHS.location} size={18} />
              <span>
                <span>{user.location}</span>
              </span>
            </span>
          ) : null}
          {user.url ? (
            <a
              data-testid="UserUrl"
              href={user.url}
              rel="noopener noreferrer nofollow"
              target="_blank"
              role="link"
              className="profile-item link"
            >
              <Icon d={PATHS.link} size={18} />
              <span>{user.url.replace(/^https?:\/\//, '')}</span>
            </a>
          ) : null}
          <span data-testid="UserJoinDate" className="profile-item">
            <Icon d={PATHS.calendar} size={18} />
            <span>{fmtJoined(user.joined)}</span>
          </span>
        </div>
        <div className="profile-counts">
          <a href={`/${user.handle}/following`} role="link" className="count-link">
            <span className="strong">{fmtCount(c.following)}</span> <span className="muted">Following</span>
          </a>
          <a href={`/${user.handle}/verified_followers`} role="link" className="count-link">
            <span className="strong">{fmtCount(c.followers)}</span> <span className="muted">Followers</span>
          </a>
        </div>
      </div>
      <Tabs
        label="Profile timelines"
        tabs={[
          { label: 'Posts', href: `/${user.handle}`, selected: !tab },
          { label: 'Replies', href: `/${user.handle}/with_replies`, selected: tab === 'with_replies' },
          { label: 'Highlights', href: `/${user.handle}/highlights`, selected: tab === 'highlights' },
          { label: 'Media', href: `/${user.handle}/media`, selected: tab === 'media' },
          ...(isMe ? [{ label: 'Likes', href: `/${user.handle}/likes`, selected: tab === 'likes' }] : []),
        ]}
      />
      <TimelineSection
        label={`Timeline: ${user.name}’s ${tabName.toLowerCase()}`}
        heading={`${user.name}’s ${tabName}`}
      >
        {items.length ? (
          <VirtualList
            key={`${user.id}-${tab ?? ''}`}
            items={items}
            renderItem={renderTweetCell}
            estimate={150}
          />
        ) : (
          <div data-testid="emptyState" className="empty">
            <div className="empty-title">
              {isMe ? 'Nothing to see here — yet' : `@${user.handle} hasn’t posted ${tabName.toLowerCase()}`}
            </div>
          </div>
        )}
      </TimelineSection>
      <div style={{ height: '40vh' }} />
    </>
  );
}

// ---------- follow lists ----------
export function FollowListPage({ handle, kind }) {
  useStore();
  const listed = state.loaded.get(`follows:${handle.toLowerCase()}:${kind}`);
  const user = userByHandle(handle);
  const title = user
    ? kind === 'following'
      ? `People followed by ${user.name} (@${user.handle}) / X`
      : `People following ${user.name} (@${user.handle}) / X`
    : 'X';
  useTitle(title);
  // The list as the responses gave it (X doesn't drop people you unfollow until reload).
  const list = useMemo(
    () => (kind === 'verified_followers' ? (listed ?? []).filter((u) => u.verified) : (listed ?? [])),
    [listed, kind],
  );
  const pages = useListPages(handle, kind);
  if (!user)
    return (
      <>
        <ColumnHeader title="Profile" />
        {listed ? null : <Loading />}
      </>
    );
  const items = list.map((u) => ({ key: `user-${u.id}`, user: u }));
  return (
    <>
      <ColumnHeader title={user.name} subtitle={`@${user.handle}`}>
        <Tabs
          label="Follow lists"
          tabs={[
            {
              label: 'Verified Followers',
              href: `/${user.handle}/verified_followers`,
              selected: kind === 'verified_followers',
            },
            { label: 'Followers', href: `/${user.handle}/followers`, selected: kind === 'followers' },
            { label: 'Following', href: `/${user.handle}/following`, selected: kind === 'following' },
          ]}
        />
      </ColumnHeader>
      <TimelineSection
        label={
          kind === 'following'
            ? `Timeline: Following`
            : kind === 'verified_followers'
              ? 'Timeline: Verified Followers'
              : 'Timeline: Followers'
        }
        heading={kind}
      >
        {items.length ? (
          <VirtualList
            key={`${user.id}-${kind}`}
            items={items}
            estimate={96}
            onNearEnd={pages.onNearEnd}
            renderItem={(item) => (
              <div className="cell-pad">
                <UserCell user={item.user} />
              </div>
            )}
          />
        ) : pages.loading ? null : (
          <div data-testid="emptyState" className="empty">
            <div className="empty-title">
              {kind === 'following' ? `@${user.handle} isn’t following anyone` : 'Looking for followers?'}
            </div>
          </div>
        )}
      </TimelineSection>
      {pages.loading ? <Loading /> : null}
      <div style={{ height: '40vh' }} />
    </>
  );
}

// ---------- notifications ----------
function NotificationArticle({ n }) {
  const people = n.from.map((h) => userByHandle(h) ?? unknownUser(h));
  const t = n.tweetId ? tweets.get(n.tweetId) : null;
  const verb =
    n.kind === 'like' ? 'liked your post' : n.kind === 'repost' ? 'reposted your post' : 'followed you';
  const icon = n.kind === 'like' ? PATHS.liked : n.kind === 'repost' ? PATHS.repostNotif : PATHS.followNotif;
  const names = [];
  const shown = people.slice(0, 2);
  shown.forEach((u, i) => {
    if (i > 0) names.push(<span key={`and${i}`}> and </span>);
    names.push(
      <span key={u.handle}>
        <a href={`/${u.handle}`} role="link" className="strong">
          <span>{u.name}</span>
        </a>
      </span>,
    );
  });
  if (people.length > 2) names.push(<span key="others"> and {people.length - 2} others</span>);
  const target = t ? `/${t.author}/status/${t.id}` : `/${people[0]?.handle ?? ''}`;
  return (
    <article
      data-testid="notification"
      role="article"
      tabIndex={0}
      aria-labelledby={`notif-${n.id}`}
      className={`notification notification-${n.kind}`}
      onClick={(e) => {
        if (e.target instanceof Element && e.target.closest('a,button')) return;
        navigate(target);
      }}
    >
      <div className="notif-row" id={`notif-${n.id}`}>
        <div className={`notif-icon ${n.kind}`}>
          <Icon d={icon} size={28} />
        </div>
        <div className="notif-body">
          <div className="notif-avatars">
            {people.map((u) => (
              <Avatar key={u.handle} user={u} size={32} />
            ))}
          </div>
          <div dir="ltr" className="notif-text">
            {names}
            <span> {verb}</span>
          </div>
          {t ? (
            <div dir="auto" className="muted notif-snippet">
              {t.text}
            </div>
          ) : null}
        </div>
      </div>
    </article>
  );
}

export function NotificationsPage({ tab }) {
  useStore();
  useTitle('Notifications / X');
  const listed = state.loaded.get('notifications');
  const notes = (listed ?? []).filter((n) =>
    tab === 'mentions' ? n.kind === 'mention' || n.kind === 'reply' : true,
  );
  const items = notes.map((n) => ({ key: `notification-${n.id}`, n }));
  return (
    <>
      <ColumnHeader title="Notifications" back={false}>
        <Tabs
          label="Notifications"
          tabs={[
            { label: 'All', href: '/notifications', selected: !tab },
            { label: 'Verified', href: '/notifications/verified', selected: tab === 'verified' },
            { label: 'Mentions', href: '/notifications/mentions', selected: tab === 'mentions' },
          ]}
        />
      </ColumnHeader>
      {listed ? null : <Loading />}
      <TimelineSection label="Timeline: Notifications" heading="Notifications">
        <VirtualList
          items={items}
          estimate={110}
          renderItem={({ n }) => {
            if (n.kind === 'mention' || n.kind === 'reply') {
              const t = n.tweetId ? tweets.get(n.tweetId) : null;
              if (t) {
                return (
                  <div className="cell-pad">
                    <div>
                      <Tweet tweet={t} showReplyingTo={Boolean(t.replyTo)} />
                    </div>
                  </div>
                );
              }
            }
            return (
              <div className="cell-pad">
                <div>
                  <NotificationArticle n={n} />
                </div>
              </div>
            );
          }}
        />
      </TimelineSection>
      <div style={{ height: '40vh' }} />
    </>
  );
}

// ---------- chat ----------
function uuidFor(convo, i) {
  const h1 = hashNum(`${convo}:${i}`).toString(16).padStart(8, '0');
  const h2 = hashNum(`${i}:${convo}`).toString(16).padStart(8, '0');
  return `${h1}-${h2.slice(0, 4)}-4${h2.slice(4, 7)}-a${h1.slice(0, 3)}-${h2}${h1.slice(4, 8)}`;
}

export function ChatPage({ convo }) {
  useStore();
  useTitle('Chat / X');
  let partner = null;
  if (convo) {
    const [a, b] = convo.split('-');
    const otherId = a === me.id ? b : a;
    partner = directoryUserById(otherId) ?? null;
  }
  const chat = partner
    ? state.chats.find((c) => c.with.toLowerCase() === partner.handle.toLowerCase())
    : null;
  const [draft, setDraft] = useState('');
  const scrollerRef = useRef(null);
  const nMessages = chat?.messages.length ?? 0;
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [nMessages, convo]);
  const send = () => {
    const text = draft.trim();
    if (!text || !partner) return;
    sendDm(partner.handle, text);
    setDraft('');
  };
  return (
    <div data-testid="dm-container" className="dm-container">
      <div data-testid="dm-inbox-panel" className="dm-inbox">
        <div data-testid="dm-inbox-header" className="dm-inbox-header">
          <h2 data-testid="dm-inbox-title" className="col-title">
            Chat
          </h2>
          <button data-testid="dm-new-chat-button" aria-label="New chat" type="button" className="icon-btn">
            <Icon d={PATHS.mail} size={20} />
          </button>
        </div>
        <div className="dm-search-wrap">
          <input data-testid="dm-search-bar" placeholder="Search" aria-label="Search" className="dm-search" />
        </div>
        <div className="dm-tabs flex">
          <button
            data-testid="dm-inbox-tab-all"
            type="button"
            className="dm-tab selected"
            aria-selected="true"
            role="tab"
          >
            All
          </button>
          <button
            data-testid="dm-inbox-tab-requests"
            type="button"
            className="dm-tab"
            aria-selected="false"
            role="tab"
          >
            Requests
          </button>
        </div>
        <div role="list" className="dm-list">
          {state.chats.map((c) => {
            const u = directoryUser(c.with) ?? unknownUser(c.with);
            const id = conversationId(me.id, u.id);
            const last = c.messages[c.messages.length - 1];
            return (
              <a
                key={id}
                href={`/i/chat/${id}`}
                role="listitem"
                data-testid={`dm-conversation-item-${id.replace('-', ':')}`}
                className={`dm-item flex ${convo === id ? 'selected' : ''}`}
              >
                <img alt="" src={`/profile_images/${u.id}/${u.handle}_normal.svg`} className="dm-avatar" />
                <div className="dm-item-body">
                  <div className="truncate">
                    <span className="strong">{u.name}</span> <span className="muted">@{u.handle}</span>
                  </div>
                  <div className="muted truncate">
                    {last ? `${last.from === me.handle ? 'You: ' : ''}${last.text}` : ''}
                  </div>
                </div>
              </a>
            );
          })}
        </div>
      </div>
      <div data-testid="dm-conversation-panel" className="dm-conversation">
        {partner ? (
          <>
            <div data-testid="dm-conversation-header" className="dm-conversation-header flex">
              <a href={`/${partner.handle}`} role="link" className="flex dm-header-link">
                <img
                  alt=""
                  src={`/profile_images/${partner.id}/${partner.handle}_normal.svg`}
                  className="dm-avatar small"
                />
                <div>
                  <div className="strong">{partner.name}</div>
                  <div className="muted small">@{partner.handle}</div>
                </div>
              </a>
              <button
                data-testid="dm-conversation-more-button"
                aria-label="More"
                type="button"
                className="icon-btn"
              >
                <Icon d={PATHS.more} size={20} />
              </button>
            </div>
            <div data-testid="dm-conversation-content" className="dm-content">
              <div data-testid="dm-message-scroller" role="log" className="dm-scroller" ref={scrollerRef}>
                <ul data-testid="dm-message-list" className="dm-messages">
                  {(chat?.messages ?? []).map((m, i) => {
                    const uuid = uuidFor(convo, i);
                    const mine = m.from.toLowerCase() === me.handle.toLowerCase();
                    return (
                      <li key={uuid} className={`flex ${mine ? 'justify-end' : 'justify-start'}`}>
                        <div
                          data-testid={`message-${uuid}`}
                          className={`dm-message flex flex-col ${mine ? 'items-end' : 'items-start'}`}
                        >
                          <div className={`dm-bubble ${mine ? 'mine' : 'theirs'}`}>
                            <span
                              data-testid={`message-text-${uuid}`}
                              dir="auto"
                              className="whitespace-pre-wrap"
                            >
                              {m.text}
                            </span>
                          </div>
                          <time dateTime={m.at} className="muted tiny">
                            {new Date(m.at).toLocaleTimeString('en-US', {
                              hour: 'numeric',
                              minute: '2-digit',
                            })}
                          </time>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </div>
            <div data-testid="dm-composer-container" className="dm-composer">
              <form
                data-testid="dm-composer-form"
                className="flex dm-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  send();
                }}
              >
                <button
                  data-testid="dm-composer-attachment-button"
                  type="button"
                  aria-label="Add attachment"
                  className="icon-btn"
                >
                  <Icon d={PATHS.plus} size={18} />
                </button>
                <textarea
                  data-testid="dm-composer-textarea"
                  placeholder="Start a new message"
                  aria-label="Start a new message"
                  rows={1}
                  value={draft}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                      e.preventDefault();
                      send();
                    }
                  }}
                  className="dm-textarea"
                />
                <button
                  data-testid="dm-composer-send-button"
                  type="submit"
                  aria-label="Send"
                  disabled={!draft.trim()}
                  className="icon-btn send"
                >
                  <Icon d={PATHS.send} size={18} />
                </button>
              </form>
            </div>
          </>
        ) : (
          <div data-testid="dm-empty-conversation-state" className="empty">
            <div className="empty-title">Select a message</div>
            <div className="muted">
              Choose from your existing conversations, start a new one, or just keep swimming.
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
