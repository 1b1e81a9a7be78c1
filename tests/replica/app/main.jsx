// Entry: app shell (left nav, primary column, sidebar), #layers (modals, menus, toasts) and routing.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { leaveRoute, loadRoute, routeKey } from './api.js';
import { Avatar, Icon, menuState, PATHS, QuotedTweetPreview, Tweet, UserCell } from './components.jsx';
import { DraftComposer, editorText, emptyEditor, PostButton } from './composer.jsx';
import {
  ChatPage,
  ComposerTools,
  FollowListPage,
  HomePage,
  NotificationsPage,
  ProfilePage,
  StatusPage,
} from './pages.jsx';
import { closeModal, openModal, useLocation } from './router.js';
import { createTweet, me, seed, setFollow, setRetweet, showToast, state, tweets, useStore } from './store.js';
import './styles.css';

// A redesign that renames every test id (X's new frontend): React writes attributes through
// setAttribute, so renaming there covers every element the app renders.
if (seed.replica?.renameTestIds) {
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function renamed(name, value) {
    return setAttribute.call(this, name, name === 'data-testid' ? `${value}-v2` : value);
  };
}

const THEMES = {
  light: { bg: 'rgb(255, 255, 255)', meta: '#FFFFFF' },
  dim: { bg: 'rgb(21, 32, 43)', meta: '#15202b' },
  dark: { bg: 'rgb(0, 0, 0)', meta: '#000000' },
};
const theme = THEMES[seed.theme] ? seed.theme : 'light';
document.documentElement.classList.add(`theme-${theme}`);
document.documentElement.style.colorScheme = theme === 'light' ? 'light' : 'dark';
document.body.style.backgroundColor = THEMES[theme].bg;
document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEMES[theme].meta);

const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'compose',
  'settings',
  'search',
  'hashtag',
  'login',
  'logout',
  'tos',
  'privacy',
]);

export function parseRoute(path) {
  const p = path.replace(/\/+$/, '') || '/';
  let m;
  if (p === '/' || p === '/home') return { name: 'home' };
  if (p === '/compose/post' || p === '/compose/tweet') return { name: 'compose' };
  if ((m = p.match(/^\/notifications(?:\/(verified|mentions))?$/)))
    return { name: 'notifications', tab: m[1] };
  if (p === '/i/chat' || p === '/messages') return { name: 'chat' };
  if ((m = p.match(/^\/i\/chat\/(\d+-\d+)$/))) return { name: 'chat', convo: m[1] };
  if ((m = p.match(/^\/([A-Za-z0-9_]{1,20})\/status\/(\d+)(?:\/.*)?$/)))
    return { name: 'status', handle: m[1], id: m[2] };
  if (
    (m = p.match(
      /^\/([A-Za-z0-9_]{1,20})\/(followers|verified_followers|following|followers_you_follow)$/,
    )) &&
    !RESERVED.has(m[1])
  )
    return { name: 'follows', handle: m[1], kind: m[2] === 'followers_you_follow' ? 'followers' : m[2] };
  if (
    (m = p.match(/^\/([A-Za-z0-9_]{1,20})(?:\/(with_replies|media|likes|highlights|articles))?$/)) &&
    !RESERVED.has(m[1])
  )
    return { name: 'profile', handle: m[1], tab: m[2] };
  return { name: 'notfound' };
}

function NavLink({ href, testid, label, d, active }) {
  return (
    <a
      href={href}
      aria-label={label}
      role="link"
      data-testid={testid}
      className={`nav-link ${active ? 'active' : ''}`}
    >
      <div className="nav-pill">
        <Icon d={d} size={26} />
        <div dir="ltr" className="nav-label">
          <span>{label}</span>
        </div>
      </div>
    </a>
  );
}

function LeftNav({ route }) {
  return (
    <header role="banner" className="left-header">
      <div className="left-inner">
        <div className="left-top">
          <h1 role="heading" className="logo">
            <a href="/home" aria-label="X" role="link" className="logo-link">
              <Icon d={PATHS.logo} size={30} />
            </a>
          </h1>
          <nav aria-label="Primary" role="navigation" className="primary-nav">
            <NavLink
              href="/home"
              testid="AppTabBar_Home_Link"
              label="Home"
              d={PATHS.home}
              active={route.name === 'home'}
            />
            <NavLink href="/explore" testid="AppTabBar_Explore_Link" label="Explore" d={PATHS.search} />
            <NavLink
              href="/notifications"
              testid="AppTabBar_Notifications_Link"
              label="Notifications"
              d={PATHS.bell}
              active={route.name === 'notifications'}
            />
            <NavLink
              href="/i/chat"
              testid="AppTabBar_DirectMessage_Link"
              label="Chat"
              d={PATHS.mail}
              active={route.name === 'chat'}
            />
            <NavLink
              href={`/${me.handle}`}
              testid="AppTabBar_Profile_Link"
              label="Profile"
              d={PATHS.person}
              active={route.name === 'profile' && route.handle.toLowerCase() === me.handle.toLowerCase()}
            />
            <button
              aria-label="More menu items"
              role="button"
              data-testid="AppTabBar_More_Menu"
              type="button"
              className="nav-link as-button"
            >
              <div className="nav-pill">
                <Icon d={PATHS.more} size={26} />
                <div dir="ltr" className="nav-label">
                  <span>More</span>
                </div>
              </div>
            </button>
          </nav>
          <a
            href="/compose/post"
            aria-label="Post"
            role="link"
            data-testid="SideNav_NewTweet_Button"
            className="btn btn-primary big-post"
            onClick={(e) => {
              e.preventDefault();
              openModal('/compose/post', { kind: 'compose' });
            }}
          >
            <span className="big-post-label">Post</span>
            <span className="big-post-icon">
              <Icon d={PATHS.feather} size={24} />
            </span>
          </a>
        </div>
        <button
          aria-label="Account menu"
          role="button"
          data-testid="SideNav_AccountSwitcher_Button"
          type="button"
          className="account-switcher"
        >
          <div
            data-testid={`UserAvatar-Container-${me.handle}`}
            className="avatar-container"
            style={{ width: 40, height: 40 }}
          >
            <div className="avatar" style={{ width: 40, height: 40 }}>
              <img alt="" src={`/profile_images/${me.id}/${me.handle}_normal.svg`} width={40} height={40} />
            </div>
          </div>
          <div className="account-text">
            <div dir="ltr" className="strong truncate">
              <span>{me.name}</span>
            </div>
            <div dir="ltr" className="muted truncate">
              <span>@{me.handle}</span>
            </div>
          </div>
          <Icon d={PATHS.more} size={18} />
        </button>
      </div>
    </header>
  );
}

function Sidebar({ route }) {
  useStore();
  // On a follow list X suggests people outside it (none follows you), as real X does beside the list: a
  // reader that takes the whole page instead of the main column would count them as followers (#17.3).
  const onFollowList = route.name === 'follows';
  const suggestions = (seed.users ?? [])
    .filter((u) => !state.following.has(u.id) && (!onFollowList || !u.followsMe))
    .slice(0, 3);
  return (
    <div data-testid="sidebarColumn" className="sidebar">
      <div className="sidebar-inner">
        <form role="search" aria-label="Search" className="search-form" onSubmit={(e) => e.preventDefault()}>
          <input
            data-testid="SearchBox_Search_Input"
            aria-label="Search query"
            placeholder="Search"
            role="combobox"
            aria-expanded="false"
            className="search-input"
          />
        </form>
        <div className="side-card">
          <h2 className="side-title">What’s happening</h2>
          {['#WebExtensions', 'Postgres 19', '#buildinpublic', 'Draft.js'].map((t, i) => (
            <div key={t} data-testid="trend" className="trend">
              <div className="muted small">
                {['Technology · Trending', 'Trending in Tech', 'Trending', 'Programming · Trending'][i]}
              </div>
              <div className="strong">{t}</div>
              <div className="muted small">{[12.4, 3.1, 8.8, 1.2][i]}K posts</div>
            </div>
          ))}
        </div>
        {(route.name === 'home' || onFollowList) && suggestions.length ? (
          <aside aria-label="Who to follow" className="side-card">
            <h2 className="side-title">Who to follow</h2>
            {suggestions.map((u) => (
              <UserCell key={u.id} user={u} showBio={false} />
            ))}
          </aside>
        ) : null}
        <nav aria-label="Footer" className="footer muted small">
          <span>Terms of Service</span> <span>Privacy Policy</span> <span>Cookie Policy</span>{' '}
          <span>© 2026 X Corp.</span>
        </nav>
      </div>
    </div>
  );
}

// ---------- #layers ----------
function ComposeModal({ modal }) {
  const kind = modal?.kind ?? 'compose';
  const target = modal?.tweetId ? tweets.get(modal.tweetId) : null;
  const [items, setItems] = useState(() => [{ key: 0, es: emptyEditor() }]);
  const [focusIdx, setFocusIdx] = useState(0);
  const [posting, setPosting] = useState(false);
  const anyEmpty = items.some((it) => !editorText(it.es).trim());
  const post = async () => {
    if (anyEmpty || posting) return;
    setPosting(true);
    let replyTo = kind === 'reply' && target ? target.id : undefined;
    let first = null;
    for (let i = 0; i < items.length; i++) {
      const t = await createTweet({
        text: editorText(items[i].es),
        replyTo,
        quoteOf: i === 0 && kind === 'quote' && target ? target.id : undefined,
      });
      if (!first) first = t;
      replyTo = t.id;
    }
    closeModal();
    showToast(
      kind === 'reply' ? 'Your post was sent.' : 'Your post was sent.',
      first ? `/${me.handle}/status/${first.id}` : undefined,
    );
  };
  const label =
    kind === 'reply' ? (items.length > 1 ? 'Reply all' : 'Reply') : items.length > 1 ? 'Post all' : 'Post';
  return (
    <div className="modal-root">
      <div data-testid="mask" className="mask" onClick={closeModal} />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="dialog">
        <div className="dialog-head">
          <button
            aria-label="Close"
            role="button"
            data-testid="app-bar-close"
            type="button"
            className="icon-btn"
            onClick={closeModal}
          >
            <Icon d={PATHS.close} size={20} />
          </button>
          <h2 id="modal-header" className="sr-only">
            {kind === 'reply' ? 'Reply' : 'Compose new post'}
          </h2>
          <button data-testid="unsentButton" type="button" className="link-btn">
            Drafts
          </button>
        </div>
        <div className="dialog-body">
          {kind === 'reply' && target ? (
            <div className="reply-parent">
              <Tweet tweet={target} threadBelow actions={false} />
              <div className="replying-to muted pad-left" data-testid="replyTo">
                Replying to{' '}
                <a href={`/${target.author}`} className="link" role="link">
                  @{target.author}
                </a>
              </div>
            </div>
          ) : null}
          {items.map((it, i) => (
            <div key={it.key} className="thread-item">
              <div className="thread-avatar">
                <Avatar user={me} size={40} />
                {i < items.length - 1 ? <div className="thread-line below" /> : null}
              </div>
              <div className="thread-editor">
                <DraftComposer
                  index={i}
                  editorState={it.es}
                  onChange={(es) => setItems((cur) => cur.map((x) => (x.key === it.key ? { ...x, es } : x)))}
                  onSubmit={post}
                  placeholder={
                    i > 0
                      ? 'Add another post'
                      : kind === 'reply'
                        ? 'Post your reply'
                        : kind === 'quote'
                          ? 'Add a comment'
                          : "What's happening?"
                  }
                  autoFocus={i === focusIdx}
                />
                {i === 0 && kind === 'quote' && target ? <QuotedTweetPreview id={target.id} /> : null}
              </div>
            </div>
          ))}
        </div>
        <div className="dialog-foot">
          <div data-testid="toolBar" className="toolbar">
            <ComposerTools />
          </div>
          <div className="flex center gap">
            <button
              aria-label="Add post"
              role="button"
              data-testid="addButton"
              type="button"
              className="icon-btn outline add-btn"
              disabled={anyEmpty}
              aria-disabled={anyEmpty ? 'true' : undefined}
              onClick={() => {
                setItems((cur) => [
                  ...cur,
                  { key: cur.length ? cur[cur.length - 1].key + 1 : 0, es: emptyEditor() },
                ]);
                setFocusIdx(items.length);
              }}
            >
              <Icon d={PATHS.plus} size={18} />
            </button>
            <PostButton testid="tweetButton" label={label} disabled={anyEmpty || posting} onClick={post} />
          </div>
        </div>
      </div>
    </div>
  );
}

function RetweetMenu({ menu, close }) {
  const rted = state.retweeted.has(menu.tweetId);
  return (
    <div className="menu-layer">
      <div className="menu-backdrop" onClick={close} />
      <div
        role="menu"
        data-testid="Dropdown"
        className="dropdown"
        style={{ top: menu.y - window.scrollY, left: Math.max(8, menu.x - 100) }}
      >
        <div
          role="menuitem"
          tabIndex={0}
          data-testid={rted ? 'unretweetConfirm' : 'retweetConfirm'}
          className="menu-item"
          onClick={() => {
            setRetweet(menu.tweetId, !rted);
            close();
          }}
        >
          <Icon d={PATHS.retweet} size={18} />
          <span>{rted ? 'Undo repost' : 'Repost'}</span>
        </div>
        <a
          href="/compose/post"
          role="menuitem"
          tabIndex={0}
          className="menu-item"
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            close();
            openModal('/compose/post', { kind: 'quote', tweetId: menu.tweetId });
          }}
        >
          <Icon d={PATHS.quote} size={18} />
          <span>Quote</span>
        </a>
      </div>
    </div>
  );
}

function UnfollowSheet({ menu, close }) {
  return (
    <div className="modal-root">
      <div data-testid="mask" className="mask" onClick={close} />
      <div
        role="alertdialog"
        aria-modal="true"
        data-testid="confirmationSheetDialog"
        className="dialog sheet"
      >
        <h1 className="sheet-title">Unfollow @{menu.user.handle}?</h1>
        <div className="muted">
          Their posts will no longer show up in your For You timeline. You can still view their profile,
          unless their posts are protected.
        </div>
        <button
          data-testid="confirmationSheetConfirm"
          role="button"
          type="button"
          className="btn btn-dark wide"
          onClick={() => {
            setFollow(menu.user.id, false);
            close();
          }}
        >
          <span>Unfollow</span>
        </button>
        <button
          data-testid="confirmationSheetCancel"
          role="button"
          type="button"
          className="btn btn-outline wide"
          onClick={close}
        >
          <span>Cancel</span>
        </button>
      </div>
    </div>
  );
}

function Layers({ route, loc }) {
  useStore();
  const [menu, setMenu] = useState(null);
  menuState.set = setMenu;
  useEffect(() => setMenu(null), [loc.path]);
  const modalOpen = route.name === 'compose';
  useEffect(() => {
    document.documentElement.style.overflowY = modalOpen ? 'hidden' : '';
  }, [modalOpen]);
  return (
    <div id="layers" className="layers">
      {modalOpen ? (
        <ComposeModal
          key={JSON.stringify(loc.state?.modal ?? null) + (loc.state?.openedAt ?? '')}
          modal={loc.state?.modal}
        />
      ) : null}
      {menu?.kind === 'retweet' ? <RetweetMenu menu={menu} close={() => setMenu(null)} /> : null}
      {menu?.kind === 'unfollow' ? <UnfollowSheet menu={menu} close={() => setMenu(null)} /> : null}
      {state.toast ? (
        <div className="toast-wrap">
          <div role="alert" data-testid="toast" className="toast">
            <span>{state.toast.text}</span>
            {state.toast.href ? (
              <a href={state.toast.href} role="link" className="toast-link">
                View
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

function Primary({ route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'status':
      return <StatusPage key={route.id} handle={route.handle} id={route.id} />;
    case 'profile':
      return <ProfilePage key={route.handle} handle={route.handle} tab={route.tab} />;
    case 'follows':
      return <FollowListPage key={`${route.handle}/${route.kind}`} handle={route.handle} kind={route.kind} />;
    case 'notifications':
      return <NotificationsPage tab={route.tab} />;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  useEffect(() => {
    document.title = 'Page not found / X';
  }, []);
  return (
    <div className="empty" data-testid="emptyState">
      <div className="empty-title">Hmm...this page doesn’t exist. Try searching for something else.</div>
      <a href="/home" className="btn btn-primary">
        Search
      </a>
    </div>
  );
}

function App() {
  const loc = useLocation();
  const route = parseRoute(loc.path);
  // Modal routes keep the previous page rendered underneath (home by default, like X).
  const pageRoute =
    route.name === 'compose'
      ? parseRoute(loc.state?.background ? new URL(loc.state.background, location.origin).pathname : '/home')
      : route;
  const under = pageRoute.name === 'compose' ? { name: 'home' } : pageRoute;
  // The page underneath loads its responses when it changes (not when a modal opens over it):
  // `under` is a fresh object each render, its key says when it changed.
  const underKey = routeKey(under);
  useEffect(() => {
    loadRoute(under);
    return () => leaveRoute(under);
  }, [underKey]);
  const isChat = under.name === 'chat';
  return (
    <div className="app-root">
      <div className="app-root2">
        <Layers route={route} loc={loc} />
        <div className="app-wrapper" style={{ flexDirection: 'row' }}>
          <LeftNav route={under} />
          <main role="main" className="main">
            <div className="main-inner">
              {isChat ? (
                <ChatPage key={under.convo ?? ''} convo={under.convo} />
              ) : (
                <>
                  <div data-testid="primaryColumn" className="primary">
                    <div className="primary-inner">
                      <Primary route={under} />
                    </div>
                  </div>
                  <Sidebar route={under} />
                </>
              )}
            </div>
          </main>
        </div>
      </div>
    </div>
  );
}

createRoot(document.getElementById('react-root')).render(<App />);
