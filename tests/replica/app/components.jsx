// Shared pieces: icons, avatars, tweet articles, user cells, follow buttons.
import { useState } from 'react';
import { openModal } from './router.js';
import { me, setFollow, state, toggleBookmark, toggleLike, tweets, userByHandle, useStore } from './store.js';

// ---------- icons (paths shaped like X's) ----------
export const PATHS = {
  logo: 'M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z',
  home: 'M21.591 7.146L12.52 1.157c-.316-.21-.724-.21-1.04 0l-9.071 5.99c-.26.173-.409.456-.409.757v13.183c0 .502.418.913.929.913H9.14c.51 0 .929-.41.929-.913v-7.075h3.909v7.075c0 .502.417.913.928.913h6.165c.511 0 .929-.41.929-.913V7.904c0-.301-.158-.584-.408-.758z',
  search:
    'M10.25 3.75c-3.59 0-6.5 2.91-6.5 6.5s2.91 6.5 6.5 6.5c1.795 0 3.419-.726 4.596-1.904 1.178-1.177 1.904-2.801 1.904-4.596 0-3.59-2.91-6.5-6.5-6.5zm-8.5 6.5c0-4.694 3.806-8.5 8.5-8.5s8.5 3.806 8.5 8.5c0 1.986-.682 3.815-1.824 5.262l4.781 4.781-1.414 1.414-4.781-4.781c-1.447 1.142-3.276 1.824-5.262 1.824-4.694 0-8.5-3.806-8.5-8.5z',
  bell: 'M19.993 9.042C19.48 5.017 16.054 2 11.996 2s-7.49 3.021-7.999 7.051L2.866 18H7.1c.463 2.282 2.481 4 4.9 4s4.437-1.718 4.9-4h4.236l-1.143-8.958zM12 20c-1.306 0-2.417-.835-2.829-2h5.658c-.412 1.165-1.523 2-2.829 2zm-6.866-4l.847-6.698C6.364 6.272 8.941 4 11.996 4s5.627 2.268 6.013 5.295L18.864 16H5.134z',
  mail: 'M1.998 5.5c0-1.381 1.119-2.5 2.5-2.5h15c1.381 0 2.5 1.119 2.5 2.5v13c0 1.381-1.119 2.5-2.5 2.5h-15c-1.381 0-2.5-1.119-2.5-2.5v-13zm2.5-.5c-.276 0-.5.224-.5.5v2.764l8 3.638 8-3.636V5.5c0-.276-.224-.5-.5-.5h-15zm15.5 5.463l-8 3.636-8-3.638V18.5c0 .276.224.5.5.5h15c.276 0 .5-.224.5-.5v-8.037z',
  person:
    'M5.651 19h12.698c-.337-1.8-1.023-3.21-1.945-4.19C15.318 13.65 13.838 13 12 13s-3.317.65-4.404 1.81c-.922.98-1.608 2.39-1.945 4.19zm.486-5.56C7.627 11.85 9.648 11 12 11s4.373.85 5.863 2.44c1.477 1.58 2.366 3.8 2.632 6.46l.11 1.1H3.395l.11-1.1c.266-2.66 1.155-4.88 2.632-6.46zM12 4c-1.105 0-2 .9-2 2s.895 2 2 2 2-.9 2-2-.895-2-2-2zM8 6c0-2.21 1.791-4 4-4s4 1.79 4 4-1.791 4-4 4-4-1.79-4-4z',
  reply:
    'M1.751 10c0-4.42 3.584-8 8.005-8h4.366c4.49 0 8.129 3.64 8.129 8.13 0 2.96-1.607 5.68-4.196 7.11l-8.054 4.46v-3.69h-.067c-4.49.1-8.183-3.51-8.183-8.01zm8.005-6c-3.317 0-6.005 2.69-6.005 6 0 3.37 2.77 6.08 6.138 6.01l.351-.01h1.761v2.3l5.087-2.81c1.951-1.08 3.163-3.13 3.163-5.36 0-3.39-2.744-6.13-6.129-6.13H9.756z',
  retweet:
    'M4.5 3.88l4.432 4.14-1.364 1.46L5.5 7.55V16c0 1.1.896 2 2 2H13v2H7.5c-2.209 0-4-1.79-4-4V7.55L1.432 9.48.068 8.02 4.5 3.88zM16.5 6H11V4h5.5c2.209 0 4 1.79 4 4v8.45l2.068-1.93 1.364 1.46-4.432 4.14-4.432-4.14 1.364-1.46 2.068 1.93V8c0-1.1-.896-2-2-2z',
  like: 'M16.697 5.5c-1.222-.06-2.679.51-3.89 2.16l-.805 1.09-.806-1.09C9.984 6.01 8.526 5.44 7.304 5.5c-1.243.07-2.349.78-2.91 1.91-.552 1.12-.633 2.78.479 4.82 1.074 1.97 3.257 4.27 7.129 6.61 3.87-2.34 6.052-4.64 7.126-6.61 1.111-2.04 1.03-3.7.477-4.82-.561-1.13-1.666-1.84-2.908-1.91zm4.187 7.69c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67-1.36-2.5-1.41-4.86-.514-6.67.887-1.79 2.647-2.91 4.601-3.01 1.651-.09 3.368.56 4.798 2.01 1.429-1.45 3.146-2.1 4.796-2.01 1.954.1 3.714 1.22 4.601 3.01.896 1.81.846 4.17-.514 6.67z',
  liked:
    'M20.884 13.19c-1.351 2.48-4.001 5.12-8.379 7.67l-.503.3-.504-.3c-4.379-2.55-7.029-5.19-8.382-7.67-1.36-2.5-1.41-4.86-.514-6.67.887-1.79 2.647-2.91 4.601-3.01 1.651-.09 3.368.56 4.798 2.01 1.429-1.45 3.146-2.1 4.796-2.01 1.954.1 3.714 1.22 4.601 3.01.896 1.81.846 4.17-.514 6.67z',
  repostNotif:
    'M4.75 3.79l4.603 4.3-1.706 1.82L6 8.38v7.37c0 .97.784 1.75 1.75 1.75H13V20H7.75c-2.347 0-4.25-1.9-4.25-4.25V8.38L1.853 9.91.147 8.09l4.603-4.3zm11.5 2.71H11V4h5.25c2.347 0 4.25 1.9 4.25 4.25v7.37l1.647-1.53 1.706 1.82-4.603 4.3-4.603-4.3 1.706-1.82L18 15.62V8.25c0-.97-.784-1.75-1.75-1.75z',
  followNotif:
    'M17.863 13.44c1.477 1.58 2.366 3.8 2.632 6.46l.11 1.1H3.395l.11-1.1c.266-2.66 1.155-4.88 2.632-6.46C7.627 11.85 9.648 11 12 11s4.373.85 5.863 2.44zM12 2C9.791 2 8 3.79 8 6s1.791 4 4 4 4-1.79 4-4-1.791-4-4-4z',
  bookmark:
    'M4 4.5C4 3.12 5.119 2 6.5 2h11C18.881 2 20 3.12 20 4.5v18.44l-8-5.71-8 5.71V4.5zM6.5 4c-.276 0-.5.22-.5.5v14.56l6-4.29 6 4.29V4.5c0-.28-.224-.5-.5-.5h-11z',
  bookmarked: 'M4 4.5C4 3.12 5.119 2 6.5 2h11C18.881 2 20 3.12 20 4.5v18.44l-8-5.71-8 5.71V4.5z',
  views: 'M8.75 21V3h2v18h-2zM18 21V8.5h2V21h-2zM4 21l.004-10h2L6 21H4zm9.248 0v-7h2v7h-2z',
  share:
    'M12 2.59l5.7 5.7-1.41 1.42L13 6.41V16h-2V6.41l-3.3 3.3-1.41-1.42L12 2.59zM21 15l-.02 3.51c0 1.38-1.12 2.49-2.5 2.49H5.5C4.11 21 3 19.88 3 18.5V15h2v3.5c0 .28.22.5.5.5h12.98c.28 0 .5-.22.5-.5L19 15h2z',
  more: 'M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z',
  verified:
    'M20.396 11c-.018-.646-.215-1.275-.57-1.816-.354-.54-.852-.972-1.438-1.246.223-.607.27-1.264.14-1.897-.131-.634-.437-1.218-.882-1.687-.47-.445-1.053-.75-1.687-.882-.633-.13-1.29-.083-1.897.14-.273-.587-.704-1.086-1.245-1.44S11.647 1.62 11 1.604c-.646.017-1.273.213-1.813.568s-.969.854-1.24 1.44c-.608-.223-1.267-.272-1.902-.14-.635.13-1.22.436-1.69.882-.445.47-.749 1.055-.878 1.688-.13.633-.08 1.29.144 1.896-.587.274-1.087.705-1.443 1.245-.356.54-.555 1.17-.574 1.817.02.647.218 1.276.574 1.817.356.54.856.972 1.443 1.245-.224.606-.274 1.263-.144 1.896.13.634.433 1.218.877 1.688.47.443 1.054.747 1.687.878.633.132 1.29.084 1.897-.136.274.586.705 1.084 1.246 1.439.54.354 1.17.551 1.816.569.647-.016 1.276-.213 1.817-.567s.972-.854 1.245-1.44c.604.239 1.266.296 1.903.164.636-.132 1.22-.447 1.68-.907.46-.46.776-1.044.908-1.681s.075-1.299-.165-1.903c.586-.274 1.084-.705 1.439-1.246.354-.54.551-1.17.569-1.816zM9.662 14.85l-3.429-3.428 1.293-1.302 2.072 2.072 4.4-4.794 1.347 1.246z',
  feather:
    'M23 3c-6.62-.1-10.38 2.421-13.05 6.03C7.29 12.61 6 17.331 6 22h2c0-1.007.07-2.012.19-3H12c4.1 0 7.48-3.082 7.94-7.054C22.79 10.147 23.17 6.359 23 3zm-7 8h-1.5v2H16c.63-.016 1.2-.08 1.72-.188C16.95 15.24 14.68 17 12 17H8.55c.57-2.512 1.57-4.851 3-6.78 2.16-2.912 5.29-4.911 9.45-5.187C20.95 8.079 19.9 11 16 11zM4 9V6H1V4h3V1h2v3h3v2H6v3H4z',
  back: 'M7.414 13l5.043 5.04-1.414 1.42L3.586 12l7.457-7.46 1.414 1.42L7.414 11H21v2H7.414z',
  close:
    'M10.59 12L4.54 5.96l1.42-1.42L12 10.59l6.04-6.05 1.42 1.42L13.41 12l6.05 6.04-1.42 1.42L12 13.41l-6.04 6.05-1.42-1.42L10.59 12z',
  quote:
    'M14.23 2.854c.98-.977 2.56-.977 3.54 0l3.38 3.378c.97.977.97 2.559 0 3.536L9.91 21H3v-6.914L14.23 2.854zm2.12 1.414c-.19-.195-.51-.195-.7 0L5 14.914V19h4.09L19.73 8.354c.2-.196.2-.512 0-.708l-3.38-3.378zM14.75 19l-2 2H21v-2h-6.25z',
  plus: 'M11 11V4h2v7h7v2h-7v7h-2v-7H4v-2h7z',
  location:
    'M12 7c-1.93 0-3.5 1.57-3.5 3.5S10.07 14 12 14s3.5-1.57 3.5-3.5S13.93 7 12 7zm0 5c-.827 0-1.5-.673-1.5-1.5S11.173 9 12 9s1.5.673 1.5 1.5S12.827 12 12 12zm0-10c-4.687 0-8.5 3.813-8.5 8.5 0 5.967 7.621 11.116 7.945 11.332l.555.37.555-.37c.324-.216 7.945-5.365 7.945-11.332C20.5 5.813 16.687 2 12 2zm0 17.77c-1.665-1.241-6.5-5.196-6.5-9.27C5.5 6.916 8.416 4 12 4s6.5 2.916 6.5 6.5c0 4.073-4.835 8.028-6.5 9.27z',
  link: 'M18.36 5.64c-1.95-1.96-5.11-1.96-7.07 0L9.88 7.05 8.46 5.64l1.42-1.42c2.73-2.73 7.16-2.73 9.9 0 2.73 2.74 2.73 7.17 0 9.9l-1.42 1.42-1.41-1.42 1.41-1.41c1.96-1.96 1.96-5.12 0-7.07zm-2.12 3.53l-7.07 7.07-1.41-1.41 7.07-7.07 1.41 1.41zm-12.02.71l1.42-1.42 1.41 1.42-1.41 1.41c-1.96 1.96-1.96 5.12 0 7.07 1.95 1.96 5.11 1.96 7.07 0l1.41-1.41 1.42 1.41-1.42 1.42c-2.73 2.73-7.16 2.73-9.9 0-2.73-2.74-2.73-7.17 0-9.9z',
  calendar:
    'M7 4V3h2v1h6V3h2v1h1.5C19.89 4 21 5.12 21 6.5v12c0 1.38-1.11 2.5-2.5 2.5h-13C4.12 21 3 19.88 3 18.5v-12C3 5.12 4.12 4 5.5 4H7zm0 2H5.5c-.27 0-.5.22-.5.5v12c0 .28.23.5.5.5h13c.28 0 .5-.22.5-.5v-12c0-.28-.22-.5-.5-.5H17v1h-2V6H9v1H7V6zm0 6h2v-2H7v2zm0 4h2v-2H7v2zm4-4h2v-2h-2v2zm0 4h2v-2h-2v2zm4-4h2v-2h-2v2z',
  send: 'M2.504 21.866l.526-2.108C3.04 19.719 4 15.823 4 12s-.96-7.719-.97-7.757l-.527-2.109L22.236 12 2.504 21.866zM5.981 13c-.072 1.962-.34 3.833-.583 5.183L17.764 12 5.398 5.818c.242 1.349.51 3.221.583 5.183H10v2H5.981z',
};

export function Icon({ d, size = 20, className = 'icon', label, testid, fill }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden={label ? undefined : 'true'}
      aria-label={label}
      role={label ? 'img' : undefined}
      data-testid={testid}
      className={className}
      width={size}
      height={size}
      style={fill ? { fill } : undefined}
    >
      <g>
        <path d={d} />
      </g>
    </svg>
  );
}

export function VerifiedBadge() {
  return (
    <Icon
      d={PATHS.verified}
      size={18}
      className="icon verified"
      label="Verified account"
      testid="icon-verified"
    />
  );
}

// ---------- formatting ----------
export function fmtCount(n) {
  if (n < 1000) return String(n);
  if (n < 10000) return `${(Math.floor(n / 100) / 10).toString()}K`;
  if (n < 1e6) return `${Math.floor(n / 1000)}K`;
  return `${(Math.floor(n / 1e5) / 10).toString()}M`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function relTime(iso) {
  const t = Date.parse(iso);
  const s = Math.max(0, Math.floor((Date.now() - t) / 1000));
  const d = new Date(t);
  if (s < 60) return { short: `${s}s`, label: `${s} seconds ago` };
  if (s < 3600) return { short: `${Math.floor(s / 60)}m`, label: `${Math.floor(s / 60)} minutes ago` };
  if (s < 86400) return { short: `${Math.floor(s / 3600)}h`, label: `${Math.floor(s / 3600)} hours ago` };
  const sameYear = d.getFullYear() === new Date().getFullYear();
  const short = `${MONTHS[d.getMonth()]} ${d.getDate()}${sameYear ? '' : `, ${d.getFullYear()}`}`;
  return { short, label: short };
}
export function fullTime(iso) {
  const d = new Date(iso);
  const h = d.getHours() % 12 || 12;
  const m = String(d.getMinutes()).padStart(2, '0');
  return `${h}:${m} ${d.getHours() < 12 ? 'AM' : 'PM'} · ${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

function tcoFor(url) {
  let h = 2166136261;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 16777619);
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  let x = h >>> 0;
  for (let i = 0; i < 10; i++) {
    out += chars[x % 62];
    x = Math.floor(x / 62) + (i + 1) * 7919 + url.length;
  }
  return `https://t.co/${out}`;
}
function displayUrl(url) {
  const s = url.replace(/^https?:\/\//, '').replace(/^www\./, '');
  return s.length > 26 ? `${s.slice(0, 25)}…` : s;
}

const TOKEN_RE = /(https?:\/\/[^\s]+)|(@[A-Za-z0-9_]{1,15})|(#[\p{L}\p{N}_]+)/gu;
export function TweetTextContent({ text }) {
  const out = [];
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    let tok = m[0];
    const start = m.index ?? 0;
    if (m[1]) tok = tok.replace(/[.,!?;:)]+$/, '');
    if (start > last) out.push(<span key={k++}>{text.slice(last, start)}</span>);
    if (m[1]) {
      out.push(
        <a
          key={k++}
          dir="ltr"
          href={tcoFor(tok)}
          rel="noopener noreferrer nofollow"
          target="_blank"
          role="link"
          className="link"
        >
          {displayUrl(tok)}
        </a>,
      );
    } else if (m[2]) {
      out.push(
        <div key={k++} className="mention">
          <span>
            <a dir="ltr" href={`/${tok.slice(1)}`} role="link" className="link">
              {tok}
            </a>
          </span>
        </div>,
      );
    } else {
      out.push(
        <span key={k++} className="hashtag">
          <a
            dir="ltr"
            href={`/hashtag/${encodeURIComponent(tok.slice(1))}?src=hashtag_click`}
            role="link"
            className="link"
          >
            {tok}
          </a>
        </span>,
      );
    }
    last = start + tok.length;
  }
  if (last < text.length) out.push(<span key={k++}>{text.slice(last)}</span>);
  return out;
}

// ---------- avatars ----------
const AVATAR_COLORS = [
  '#1d9bf0',
  '#7856ff',
  '#f91880',
  '#00ba7c',
  '#ff7a00',
  '#ffd400',
  '#8b98a5',
  '#0f766e',
];
export function avatarSrc(user) {
  return `/profile_images/${user.id}/${user.handle}_normal.svg`;
}
export function avatarColor(user) {
  let h = 0;
  for (const c of user.handle) h = (h * 31 + c.charCodeAt(0)) | 0;
  return AVATAR_COLORS[Math.abs(h) % AVATAR_COLORS.length];
}
export function Avatar({ user, size = 40, link = true }) {
  const inner = (
    <div
      className="avatar"
      style={{ width: size, height: size, background: avatarColor(user), fontSize: size * 0.4 }}
      aria-label={user.name}
    >
      <img alt="" draggable="true" src={avatarSrc(user)} width={size} height={size} />
    </div>
  );
  return (
    <div
      data-testid={`UserAvatar-Container-${user.handle}`}
      className="avatar-container"
      style={{ width: size, height: size }}
    >
      {link ? (
        <a href={`/${user.handle}`} role="link" tabIndex={-1} aria-hidden="true">
          {inner}
        </a>
      ) : (
        <div aria-hidden="true" role="presentation" tabIndex={-1}>
          {inner}
        </div>
      )}
    </div>
  );
}

export function unknownUser(handle) {
  return { id: '0', handle, name: handle };
}

// ---------- tweet article ----------
function UserNameBlock({ user, tweet, linked = true, focal = false }) {
  const time = relTime(tweet.createdAt);
  return (
    <div data-testid="User-Name" className={focal ? 'user-name focal' : 'user-name'}>
      <div className="name-row">
        {linked ? (
          <a href={`/${user.handle}`} role="link" className="name">
            <div dir="ltr">
              <span>
                <span>{user.name}</span>
              </span>
            </div>
            {user.verified ? (
              <div dir="ltr">
                <span>
                  <VerifiedBadge />
                </span>
              </div>
            ) : null}
          </a>
        ) : (
          <div className="name">
            <div dir="ltr">
              <span>
                <span>{user.name}</span>
              </span>
            </div>
            {user.verified ? <VerifiedBadge /> : null}
          </div>
        )}
      </div>
      <div className="meta-row">
        <div>
          {linked ? (
            <a href={`/${user.handle}`} role="link" tabIndex={-1} className="muted">
              <div dir="ltr">
                <span>@{user.handle}</span>
              </div>
            </a>
          ) : (
            <div tabIndex={-1} className="muted">
              <div dir="ltr">
                <span>@{user.handle}</span>
              </div>
            </div>
          )}
        </div>
        {focal ? null : (
          <>
            <div dir="ltr" aria-hidden="true" className="muted dot">
              <span>·</span>
            </div>
            <div>
              {linked ? (
                <a
                  href={`/${user.handle}/status/${tweet.id}`}
                  dir="ltr"
                  aria-label={time.label}
                  role="link"
                  className="muted"
                >
                  <time dateTime={tweet.createdAt}>{time.short}</time>
                </a>
              ) : (
                <div dir="ltr" aria-label={time.label} className="muted">
                  <time dateTime={tweet.createdAt}>{time.short}</time>
                </div>
              )}
            </div>
          </>
        )}
      </div>
    </div>
  );
}

export function QuotedTweetPreview({ id }) {
  return <QuotedTweet id={id} />;
}

function QuotedTweet({ id }) {
  const q = tweets.get(id);
  if (!q) {
    return (
      <div className="quote">
        <article data-testid="tweet" role="article" tabIndex={0}>
          <span>This post is unavailable.</span>
        </article>
      </div>
    );
  }
  const author = userByHandle(q.author) ?? unknownUser(q.author);
  return (
    <div aria-labelledby={`id__quote_${id}`} className="quote-wrap">
      <div id={`id__quote_${id}`}>
        <div dir="ltr" className="sr-only">
          <span>Quote</span>
        </div>
      </div>
      <div
        tabIndex={0}
        role="link"
        className="quote"
        onClick={(e) => {
          e.stopPropagation();
          const a = document.createElement('a');
          a.href = `/${author.handle}/status/${q.id}`;
          document.body.appendChild(a);
          a.click();
          a.remove();
        }}
      >
        <div className="quote-head">
          <div data-testid="Tweet-User-Avatar">
            <Avatar user={author} size={20} link={false} />
          </div>
          <UserNameBlock user={author} tweet={q} linked={false} />
        </div>
        <div dir="auto" lang="en" data-testid="tweetText" className="tweet-text">
          <TweetTextContent text={q.text} />
        </div>
      </div>
    </div>
  );
}

function ActionButton({ testid, label, count, d, onClick, active, haspopup }) {
  return (
    <div className="action">
      <button
        aria-label={label}
        role="button"
        data-testid={testid}
        type="button"
        aria-haspopup={haspopup ? 'menu' : undefined}
        aria-expanded={haspopup ? 'false' : undefined}
        className={`action-btn ${active ?? ''}`}
        onClick={(e) => {
          e.stopPropagation();
          onClick?.(e);
        }}
      >
        <div dir="ltr">
          <div className="action-icon">
            <Icon d={d} size={18} />
          </div>
          <div className="action-count">
            <span data-testid="app-text-transition-container">
              <span>
                <span>{count ? fmtCount(count) : ''}</span>
              </span>
            </span>
          </div>
        </div>
      </button>
    </div>
  );
}

export function ActionBar({ tweet }) {
  useStore();
  const liked = state.liked.has(tweet.id);
  const rted = state.retweeted.has(tweet.id);
  const bm = state.bookmarked.has(tweet.id);
  const author = userByHandle(tweet.author) ?? unknownUser(tweet.author);
  const views = tweet.likes * 37 + tweet.reposts * 101 + 250;
  const summary = [
    tweet.replies ? `${tweet.replies} replies` : null,
    tweet.reposts ? `${tweet.reposts} reposts` : null,
    tweet.likes ? `${tweet.likes} likes` : null,
    `${views} views`,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div aria-label={summary} role="group" className="action-bar" id={`id__actions_${tweet.id}`}>
      <ActionButton
        testid="reply"
        label={tweet.replies ? `${tweet.replies} Replies. Reply` : 'Reply'}
        count={tweet.replies}
        d={PATHS.reply}
        active="reply"
        onClick={() => openModal('/compose/post', { kind: 'reply', tweetId: tweet.id })}
      />
      <ActionButton
        testid={rted ? 'unretweet' : 'retweet'}
        label={
          tweet.reposts
            ? `${tweet.reposts} reposts. ${rted ? 'Reposted' : 'Repost'}`
            : rted
              ? 'Reposted'
              : 'Repost'
        }
        count={tweet.reposts}
        d={PATHS.retweet}
        active={rted ? 'rt on' : 'rt'}
        haspopup
        onClick={(e) => openRetweetMenu(e.currentTarget, tweet.id)}
      />
      <ActionButton
        testid={liked ? 'unlike' : 'like'}
        label={tweet.likes ? `${tweet.likes} Likes. ${liked ? 'Liked' : 'Like'}` : liked ? 'Liked' : 'Like'}
        count={tweet.likes}
        d={liked ? PATHS.liked : PATHS.like}
        active={liked ? 'like on' : 'like'}
        onClick={() => toggleLike(tweet.id)}
      />
      <div className="action">
        <a
          href={`/${author.handle}/status/${tweet.id}/analytics`}
          aria-label={`${views} views. View post analytics`}
          role="link"
          className="action-btn"
        >
          <div dir="ltr">
            <div className="action-icon">
              <Icon d={PATHS.views} size={18} />
            </div>
            <div className="action-count">
              <span data-testid="app-text-transition-container">
                <span>
                  <span>{fmtCount(views)}</span>
                </span>
              </span>
            </div>
          </div>
        </a>
      </div>
      <div className="action action-end">
        <button
          aria-label={bm ? 'Bookmarked' : 'Bookmark'}
          role="button"
          data-testid={bm ? 'removeBookmark' : 'bookmark'}
          type="button"
          className={`action-btn ${bm ? 'on' : ''}`}
          onClick={(e) => {
            e.stopPropagation();
            toggleBookmark(tweet.id);
          }}
        >
          <div dir="ltr">
            <Icon d={bm ? PATHS.bookmarked : PATHS.bookmark} size={18} />
          </div>
        </button>
        <button
          aria-expanded="false"
          aria-haspopup="menu"
          aria-label="Share post"
          role="button"
          type="button"
          className="action-btn"
        >
          <div dir="ltr">
            <Icon d={PATHS.share} size={18} />
          </div>
        </button>
      </div>
    </div>
  );
}

// The retweet dropdown is rendered by <Layers/> in #layers; components request it through this hook.
export const menuState = { current: null, set: null };
function openRetweetMenu(button, tweetId) {
  const r = button.getBoundingClientRect();
  menuState.set?.({ kind: 'retweet', tweetId, x: r.left + window.scrollX, y: r.bottom + window.scrollY });
}

/**
 * article[data-testid="tweet"]. Props: tweet, focal (permalink focus: tabindex=-1), showReplyingTo,
 * threadAbove/threadBelow (connector lines), inDialog (no action bar).
 */
export function Tweet({
  tweet,
  focal = false,
  showReplyingTo = false,
  threadAbove = false,
  threadBelow = false,
  actions = true,
}) {
  const author = userByHandle(tweet.author) ?? unknownUser(tweet.author);
  // The parent may not be loaded (a reply in notifications): the reply names its author itself.
  const parent = tweet.replyTo
    ? (tweets.get(tweet.replyTo) ?? (tweet.replyToHandle ? { author: tweet.replyToHandle } : null))
    : null;
  const ids = `id__${tweet.id}`;
  const open = (e) => {
    if (focal) return;
    const t = e.target;
    if (t instanceof Element && t.closest('a,button,[role="button"],[role="link"],[role="menuitem"]')) return;
    if (window.getSelection()?.toString()) return;
    const a = document.createElement('a');
    a.href = `/${author.handle}/status/${tweet.id}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  return (
    <article
      aria-labelledby={ids}
      role="article"
      tabIndex={focal ? -1 : 0}
      data-testid="tweet"
      className={focal ? 'tweet focal' : 'tweet'}
      onClick={open}
    >
      <div className="tweet-inner" id={ids}>
        <div className="tweet-top">{threadAbove ? <div className="thread-line above" /> : null}</div>
        <div className={focal ? 'tweet-row focal' : 'tweet-row'}>
          <div className="tweet-avatar-col">
            <div data-testid="Tweet-User-Avatar">
              <Avatar user={author} size={40} />
            </div>
            {threadBelow ? <div className="thread-line below" /> : null}
          </div>
          <div className="tweet-body">
            <div className="tweet-head">
              <UserNameBlock user={author} tweet={tweet} focal={focal} />
              <div className="caret-wrap">
                <button
                  aria-expanded="false"
                  aria-haspopup="menu"
                  aria-label="More"
                  role="button"
                  data-testid="caret"
                  type="button"
                  className="action-btn"
                >
                  <div dir="ltr">
                    <Icon d={PATHS.more} size={18} />
                  </div>
                </button>
              </div>
            </div>
            {!focal ? (
              <TweetMain tweet={tweet} parent={parent} showReplyingTo={showReplyingTo} actions={actions} />
            ) : null}
          </div>
        </div>
        {focal ? (
          <div className="focal-body">
            <TweetMain
              tweet={tweet}
              parent={parent}
              showReplyingTo={showReplyingTo}
              actions={actions}
              focal
            />
          </div>
        ) : null}
      </div>
    </article>
  );
}

function TweetMain({ tweet, parent, showReplyingTo, actions, focal }) {
  return (
    <>
      {showReplyingTo && parent ? (
        <div className="replying-to muted">
          Replying to{' '}
          <a href={`/${parent.author}`} role="link" className="link">
            @{parent.author}
          </a>
        </div>
      ) : null}
      <div>
        <div
          dir="auto"
          lang="en"
          data-testid="tweetText"
          className={focal ? 'tweet-text focal' : 'tweet-text'}
        >
          <TweetTextContent text={tweet.text} />
        </div>
      </div>
      {tweet.quoteOf ? <QuotedTweet id={tweet.quoteOf} /> : null}
      {focal ? (
        <div className="focal-time muted">
          <a
            href={`/${tweet.author}/status/${tweet.id}`}
            role="link"
            className="muted"
            aria-label={fullTime(tweet.createdAt)}
          >
            <time dateTime={tweet.createdAt}>{fullTime(tweet.createdAt)}</time>
          </a>
        </div>
      ) : null}
      {actions ? <ActionBar tweet={tweet} /> : null}
    </>
  );
}

// ---------- follow button + user cell ----------
export function FollowButton({ user, small }) {
  useStore();
  const [hover, setHover] = useState(false);
  if (user.id === me.id) return null;
  const following = state.following.has(user.id);
  const followsMe = state.followers.has(user.id);
  const label = following ? `Unfollow @${user.handle}` : `Follow @${user.handle}`;
  const text = following ? (hover ? 'Unfollow' : 'Following') : followsMe ? 'Follow back' : 'Follow';
  return (
    <button
      aria-label={label}
      role="button"
      data-testid={`${user.id}-${following ? 'unfollow' : 'follow'}`}
      type="button"
      className={`btn ${following ? 'btn-outline' : 'btn-dark'} ${small ? 'btn-small' : ''} ${following && hover ? 'btn-danger' : ''}`}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onClick={(e) => {
        e.stopPropagation();
        if (following) menuState.set?.({ kind: 'unfollow', user });
        else setFollow(user.id, true);
      }}
    >
      <div dir="ltr">
        <span>
          <span>{text}</span>
        </span>
      </div>
    </button>
  );
}

export function FollowsYou({ user }) {
  useStore();
  if (!state.followers.has(user.id)) return null;
  return (
    <div data-testid="userFollowIndicator" className="follows-you">
      <div dir="ltr">
        <span>Follows you</span>
      </div>
    </div>
  );
}

export function UserCell({ user, showBio = true }) {
  return (
    <div role="button" tabIndex={0} data-testid="UserCell" className="user-cell">
      <div className="user-cell-row">
        <div className="user-cell-avatar">
          <Avatar user={user} size={40} />
        </div>
        <div className="user-cell-body">
          <div className="user-cell-head">
            <div>
              <div>
                <a href={`/${user.handle}`} role="link" className="name">
                  <div dir="ltr">
                    <span>
                      <span>{user.name}</span>
                    </span>
                  </div>
                  {user.verified ? <VerifiedBadge /> : null}
                </a>
              </div>
              <div className="handle-row">
                <a href={`/${user.handle}`} role="link" tabIndex={-1} className="muted">
                  <div dir="ltr">
                    <span>@{user.handle}</span>
                  </div>
                </a>
                <FollowsYou user={user} />
              </div>
            </div>
            <div>
              <FollowButton user={user} small />
            </div>
          </div>
          {showBio && user.bio ? (
            <div dir="auto" className="user-cell-bio">
              <span>{user.bio}</span>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
