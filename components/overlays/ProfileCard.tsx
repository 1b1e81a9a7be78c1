import { useEffect, useRef, useState } from 'preact/hooks';
import { CadenceSelect } from '@/components/common/CadenceSelect';
import {
  ago,
  cardSummary,
  countsByDirection,
  interactionSentence,
  nextStep,
} from '@/lib/features/overlays/describe';
import { errorText } from '@/lib/i18n/error-text';
import { tRich } from '@/lib/i18n/rich';
import { t } from '@/lib/i18n/t';
import type { ContactView, InteractionView } from '@/lib/messages/protocol';
import type { Cadence } from '@/lib/relationships/due';
import { CountsList } from './CountsList';
import { StageMark } from './StageMark';

export interface ContactPatch {
  notes?: string;
  tags?: string[];
  metInPerson?: boolean;
  /** "Keep in touch every …", only for someone already in the record. */
  keepEvery?: Cadence;
}

export interface ProfileCardProps {
  handle: string;
  name?: string;
  /** undefined while loading; null when nothing was recorded yet. */
  contact: ContactView | null | undefined;
  history: InteractionView[];
  followsMe: boolean;
  /** Their newest post on the page, for "reply to their latest post". */
  latestPostHref?: string;
  /** Saves a change; throws with a message a person can read. */
  onSave(patch: ContactPatch): Promise<void>;
  /** One line (false) or the whole card; the feature remembers the choice. */
  open: boolean;
  onToggle(open: boolean): void;
  now?: number;
}

export const NOTES_DEBOUNCE_MS = 500;
const HISTORY_SHOWN = 5;

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * Your history with a person on their profile: stage, counts, a timeline of what happened, one
 * next step, and what only you know: notes (saved as you type), tags, met in person.
 */
export function ProfileCard({
  handle,
  name,
  contact,
  history,
  followsMe,
  latestPostHref,
  onSave,
  open,
  onToggle,
  now = Date.now(),
}: ProfileCardProps) {
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [met, setMet] = useState(false);
  const [cadence, setCadence] = useState<Cadence | ''>('');
  const [tagDraft, setTagDraft] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const touched = useRef({ notes: false, tags: false, met: false, cadence: false });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingNotes = useRef<string | undefined>(undefined);

  // What was stored fills the fields, unless the user already changed them here.
  useEffect(() => {
    if (!contact) return;
    if (!touched.current.notes) setNotes(contact.notes ?? '');
    if (!touched.current.tags) setTags(contact.tags ?? []);
    if (!touched.current.met) setMet(Boolean(contact.metInPerson));
    if (!touched.current.cadence) setCadence(contact.keepEvery ?? '');
  }, [contact]);

  const commit = async (patch: ContactPatch) => {
    setSave({ kind: 'saving' });
    try {
      await onSave(patch);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({
        kind: 'error',
        message: t('cardNotSaved', { error: errorText(error) }),
      });
    }
  };

  const flushNotes = () => {
    clearTimeout(timer.current);
    const text = pendingNotes.current;
    pendingNotes.current = undefined;
    if (text !== undefined) void commit({ notes: text });
  };

  // Leaving the page within the debounce still saves what was typed.
  const flushRef = useRef(flushNotes);
  flushRef.current = flushNotes;
  useEffect(() => () => flushRef.current(), []);

  const onNotes = (text: string) => {
    touched.current.notes = true;
    setNotes(text);
    pendingNotes.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(flushNotes, NOTES_DEBOUNCE_MS);
  };

  const changeTags = (next: string[]) => {
    touched.current.tags = true;
    setTags(next);
    void commit({ tags: next });
  };

  const addTag = () => {
    const tag = tagDraft.trim().replace(/,$/, '').trim().slice(0, 40);
    setTagDraft('');
    if (!tag || tags.includes(tag) || tags.length >= 30) return;
    changeTags([...tags, tag]);
  };

  const stage = contact?.stage ?? 'stranger';
  const { you, them } = countsByDirection(contact?.counts ?? {});
  const shown = showAll ? history : history.slice(0, HISTORY_SHOWN);
  const shownName = contact?.name ?? name;
  const step = nextStep(contact, now);
  const [stageWord, ...rest] = cardSummary(contact, followsMe, now);

  return (
    <section class="dt-card" data-testid="dt-profile-card" aria-label={t('youAndHandle', { handle })}>
      <button
        type="button"
        class="dt-card-line"
        data-testid="dt-card-toggle"
        aria-expanded={open}
        onClick={() => onToggle(!open)}
      >
        <StageMark stage={contact === undefined ? 'loading' : stage} size={16} />
        <span class="dt-card-title" dir="auto">
          {shownName ?? `@${handle}`}
        </span>
        <span class="dt-card-facts">
          <span data-testid="dt-stage" data-stage={stage}>
            {' · '}
            {stageWord?.text}
          </span>
          {rest.map((part) =>
            part.due ? (
              <span key={part.text} class="dt-due" data-testid="dt-due" data-reason={part.due}>
                {' · '}
                {part.text}
              </span>
            ) : (
              <span key={part.text}>
                {' · '}
                {part.text}
              </span>
            ),
          )}
        </span>
        <span class="dt-card-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open ? (
        <div class="dt-card-body" data-testid="dt-card-body">
          <div class="dt-card-row">
            <p class="dt-next" data-testid="dt-next-step">
              {step.reply
                ? tRich(
                    'stepReplyToLatest',
                    {
                      link: (words) => (latestPostHref ? <a href={latestPostHref}>{words}</a> : words),
                    },
                    { step: step.text },
                  )
                : step.text}
            </p>
            <label class="dt-met">
              <input
                type="checkbox"
                data-testid="dt-met"
                checked={met}
                onChange={(e) => {
                  const value = (e.currentTarget as HTMLInputElement).checked;
                  touched.current.met = true;
                  setMet(value);
                  void commit({ metInPerson: value });
                }}
              />
              {t('metInPerson')}
            </label>
          </div>

          {contact === undefined ? (
            <p class="dt-soft">{t('cardLoadingHistory')}</p>
          ) : history.length === 0 && you.length + them.length === 0 ? (
            <p class="dt-soft" data-testid="dt-history-empty">
              {t('cardNothingYet')}
            </p>
          ) : (
            <>
              <CountsList you={you} them={them} testid="dt-counts" />
              <ol class="dt-history" data-testid="dt-history">
                {shown.map((item) => (
                  <li key={item.key} data-kind={item.kind}>
                    <span class="dt-history-what">
                      {item.tweetId ? (
                        <a href={`/i/status/${item.tweetId}`}>{interactionSentence(item)}</a>
                      ) : (
                        interactionSentence(item)
                      )}
                    </span>
                    <time class="dt-soft" dateTime={new Date(item.at).toISOString()}>
                      {ago(item.at, now)}
                    </time>
                    {item.text ? (
                      <q class="dt-history-text" dir="auto">
                        {item.text}
                      </q>
                    ) : null}
                  </li>
                ))}
              </ol>
              {history.length > HISTORY_SHOWN ? (
                <button
                  type="button"
                  class="dt-link"
                  onClick={() => setShowAll(!showAll)}
                  aria-expanded={showAll}
                >
                  {showAll ? t('cardShowFewer') : t('cardShowAll', { count: history.length })}
                </button>
              ) : null}
            </>
          )}

          {contact ? (
            <div class="dt-field dt-cadence">
              <CadenceSelect
                id="dt-cadence"
                stage={contact.stage}
                value={cadence}
                onChange={(next) => {
                  touched.current.cadence = true;
                  setCadence(next);
                  void commit({ keepEvery: next });
                }}
              />
            </div>
          ) : null}

          <div class="dt-field">
            <label for="dt-notes">{t('cardNotesLabel')}</label>
            <textarea
              id="dt-notes"
              data-testid="dt-notes"
              rows={3}
              maxLength={10_000}
              value={notes}
              placeholder={t('cardNotesPlaceholder')}
              onInput={(e) => onNotes((e.currentTarget as HTMLTextAreaElement).value)}
              onBlur={flushNotes}
            />
          </div>

          <div class="dt-field">
            <span id="dt-tags-label">{t('cardTags')}</span>
            <ul class="dt-tags" aria-labelledby="dt-tags-label" data-testid="dt-tags">
              {tags.map((tag) => (
                <li key={tag} class="dt-chip">
                  <bdi>{tag}</bdi>
                  <button
                    type="button"
                    class="dt-tag-remove"
                    aria-label={t('cardRemoveTag', { tag })}
                    onClick={() => changeTags(tags.filter((t) => t !== tag))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <input
              type="text"
              class="dt-tag-input"
              data-testid="dt-tag-input"
              aria-label={t('cardAddTagLabel')}
              placeholder={t('cardAddTagPlaceholder')}
              maxLength={40}
              value={tagDraft}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setTagDraft(value);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ',') {
                  e.preventDefault();
                  addTag();
                }
              }}
            />
          </div>

          <p
            class="dt-save"
            role="status"
            aria-live="polite"
            data-testid="dt-save-state"
            data-state={save.kind}
          >
            {save.kind === 'saving'
              ? t('cardSaving')
              : save.kind === 'saved'
                ? t('cardSaved')
                : save.kind === 'error'
                  ? save.message
                  : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
