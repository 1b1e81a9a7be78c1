import { useEffect, useRef, useState } from 'preact/hooks';
import { kindSentence } from '@/components/common/kind-sentence';
import { useAsync } from '@/components/common/useAsync';
import { errorText } from '@/lib/i18n/error-text';
import { tRich } from '@/lib/i18n/rich';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/messages/client';
import type { ContactView } from '@/lib/messages/protocol';
import { Avatar } from './Avatar';
import { displayName, formatDate, personKey, profileUrl, stageLabel } from './format';
import { KeepInTouch } from './KeepInTouch';

/** How long typing pauses before the notes are saved. */
export const NOTES_DEBOUNCE_MS = 500;

/** One person: where you stand, what happened between you, and your own notes and tags. */
export function Person({
  account,
  contact: initial,
  onBack,
}: {
  account: string;
  contact: ContactView;
  onBack: () => void;
}) {
  const person = personKey(initial);
  const [state] = useAsync(() => send('contact.get', { account, person, historyLimit: 100 }), person);
  const [contact, setContact] = useState(initial);
  const [notes, setNotes] = useState(initial.notes ?? '');
  const [tags, setTags] = useState<string[]>(initial.tags ?? []);
  const [tagDraft, setTagDraft] = useState('');
  const [saved, setSaved] = useState<string>('');
  const [notesState, setNotesState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const edited = useRef(false);
  const updated = useRef(false);
  const notesTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingNotes = useRef<string | undefined>(undefined);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (state.status === 'ready' && state.value.contact) {
      // A contact a save answered is newer than the one loaded when the view opened.
      if (!updated.current) setContact(state.value.contact);
      // What the user already typed wins over what arrives late.
      if (!edited.current) setNotes(state.value.contact.notes ?? '');
      if (!edited.current) setTags(state.value.contact.tags ?? []);
    }
  }, [state]);

  const save = async (patch: { notes?: string; tags?: string[]; metInPerson?: boolean }, what: string) => {
    setError('');
    try {
      const result = await send('contact.update', {
        account,
        person,
        ...(contact.handle && { handle: contact.handle }),
        patch,
      });
      updated.current = true;
      setContact(result.contact);
      setSaved(what);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  // Notes save as you type: after a short pause, on blur, and when the popup closes (a real toolbar
  // popup closes on any outside click or Escape, so there is no moment to press a button).
  const flushNotes = () => {
    clearTimeout(notesTimer.current);
    const text = pendingNotes.current;
    pendingNotes.current = undefined;
    if (text === undefined) return;
    setNotesState('saving');
    void save({ notes: text }, '').then((ok) => setNotesState(ok ? 'saved' : 'idle'));
  };
  const flushRef = useRef(flushNotes);
  flushRef.current = flushNotes;
  useEffect(() => {
    const onHide = () => flushRef.current();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flushRef.current(); // "Back" or switching tabs within the debounce still saves
    };
  }, []);
  const onNotes = (text: string) => {
    edited.current = true;
    setNotes(text);
    setNotesState('idle');
    pendingNotes.current = text;
    clearTimeout(notesTimer.current);
    notesTimer.current = setTimeout(flushNotes, NOTES_DEBOUNCE_MS);
  };

  const addTag = () => {
    const tag = tagDraft.trim().slice(0, 40);
    if (!tag || tags.includes(tag)) return setTagDraft('');
    edited.current = true;
    const next = [...tags, tag].slice(0, 30);
    setTags(next);
    setTagDraft('');
    void save({ tags: next }, t('personTagAdded', { tag }));
  };
  const removeTag = (tag: string) => {
    const next = tags.filter((t) => t !== tag);
    setTags(next);
    void save({ tags: next }, t('personTagRemoved', { tag }));
  };

  const who = displayName(contact);
  const history = state.status === 'ready' ? state.value.history : [];

  return (
    <section class="person" data-testid="dt-person" data-stage={contact.stage} aria-labelledby="person-title">
      <button type="button" class="back" onClick={onBack}>
        {t('personBack')}
      </button>
      <div class="person-head">
        <Avatar contact={contact} />
        <div>
          <h2 id="person-title" tabIndex={-1} ref={heading}>
            {who}
          </h2>
          <p class="muted">
            {contact.handle ? `@${contact.handle}` : t('contactId', { id: contact.id ?? contact.key })} ·{' '}
            <span class={`stage stage-${contact.stage}`} data-testid="dt-person-stage">
              {stageLabel(contact.stage)}
              {contact.metInPerson && t('personMetInPersonSuffix')}
            </span>
          </p>
        </div>
      </div>
      {contact.bio && (
        <p class="bio" dir="auto">
          {contact.bio}
        </p>
      )}
      <div class="actions">
        <a class="button primary" href={profileUrl(contact)} target="_blank" rel="noreferrer">
          {tRich('openProfile', { hidden: (text) => <span class="visually-hidden">{text}</span> }, { who })}
        </a>
        <button
          type="button"
          aria-pressed={Boolean(contact.metInPerson)}
          onClick={() =>
            void save(
              { metInPerson: !contact.metInPerson },
              contact.metInPerson ? t('personUnmarkedMet') : t('personMarkedMet'),
            )
          }
        >
          {contact.metInPerson ? t('personMetInPersonOn') : t('actionMet')}
        </button>
      </div>

      <KeepInTouch account={account} contact={contact} />
      <div class="field">
        <label for="person-notes">{t('personNotes')}</label>
        <textarea
          id="person-notes"
          rows={3}
          maxLength={10_000}
          value={notes}
          placeholder={t('personNotesPlaceholder')}
          aria-describedby="person-notes-hint"
          onInput={(e) => onNotes((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={flushNotes}
        />
        <p id="person-notes-hint" class="small muted" role="status" data-testid="dt-notes-status">
          {notesState === 'saved' ? (
            <span class="good-text">{t('personNotesSaved')}</span>
          ) : notesState === 'saving' ? (
            t('personNotesSaving')
          ) : (
            t('personNotesHint')
          )}
        </p>
      </div>

      <div class="field">
        <label for="person-tag">{t('personTags')}</label>
        <ul class="chip-list tags" aria-label={t('personCurrentTags')}>
          {tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}
              <button
                type="button"
                class="chip-x"
                aria-label={t('personRemoveTag', { tag })}
                onClick={() => removeTag(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div class="row">
          <input
            id="person-tag"
            value={tagDraft}
            maxLength={40}
            placeholder={t('personAddTagPlaceholder')}
            onInput={(e) => setTagDraft((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTag();
              }
            }}
          />
          <button type="button" onClick={addTag}>
            {t('personAddTag')}
          </button>
        </div>
      </div>
      <p class="small good-text" role="status" aria-live="polite" data-testid="dt-person-status">
        {saved}
      </p>
      {error && (
        <p class="notice bad" role="alert">
          {t('personNotSaved', { error })}
        </p>
      )}

      <h3>{t('personTogether')}</h3>
      {state.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="notice bad" role="alert">
          {t('personHistoryError', { error: state.message })}
        </p>
      )}
      {state.status === 'ready' && history.length === 0 && (
        <p class="muted" data-testid="dt-together-empty">
          {contact.metInPerson ? t('personTogetherEmptyMet') : t('personTogetherEmpty')}
        </p>
      )}
      {history.length > 0 && (
        <ol class="timeline" data-testid="dt-timeline">
          {history.map((h) => (
            <li key={h.key} data-kind={h.kind}>
              <span class="when">{formatDate(h.at)}</span>
              <span class="what">{kindSentence(h.kind)}</span>
              {h.text && (
                <span class="text" dir="auto">
                  {h.text}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
