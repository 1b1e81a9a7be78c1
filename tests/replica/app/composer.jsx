// Draft.js composers, structured like X's RichTextCompose:
// div[data-testid="tweetTextarea_N_label"] > … > div[data-testid="tweetTextarea_NRichTextInputContainer"]
//   > .DraftEditor-root > .DraftEditor-editorContainer
//     > div.public-DraftEditor-content[contenteditable=true][role=textbox][data-testid="tweetTextarea_N"][aria-label="Post text"]
import { Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useEffect, useRef } from 'react';

export function emptyEditor() {
  return EditorState.createEmpty();
}
export function editorText(es) {
  return es.getCurrentContent().getPlainText('\n');
}

export function DraftComposer({
  index = 0,
  editorState,
  onChange,
  onSubmit,
  placeholder = "What's happening?",
  autoFocus = false,
  editorKey,
}) {
  const ref = useRef(null);
  useEffect(() => {
    if (autoFocus) {
      const t = setTimeout(() => ref.current?.focus(), 0);
      return () => clearTimeout(t);
    }
  }, [autoFocus]);
  const keyBindingFn = (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) return 'replica-submit';
    return getDefaultKeyBinding(e);
  };
  const handleKeyCommand = (cmd) => {
    if (cmd === 'replica-submit') {
      onSubmit?.();
      return 'handled';
    }
    return 'not-handled';
  };
  return (
    <div
      data-testid={`tweetTextarea_${index}_label`}
      className="composer-label"
      onClick={(e) => {
        if (!(e.target instanceof Element) || !e.target.closest('.public-DraftEditor-content'))
          ref.current?.focus();
      }}
    >
      <div>
        <div dir="ltr">
          <div>
            <div>
              <div data-testid={`tweetTextarea_${index}RichTextInputContainer`} className="rich-input">
                <Editor
                  ref={ref}
                  editorKey={editorKey}
                  editorState={editorState}
                  onChange={onChange}
                  placeholder={placeholder}
                  webDriverTestID={`tweetTextarea_${index}`}
                  ariaLabel="Post text"
                  ariaMultiline
                  role="textbox"
                  spellCheck
                  tabIndex={0}
                  stripPastedStyles
                  keyBindingFn={keyBindingFn}
                  handleKeyCommand={handleKeyCommand}
                />
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

/** X's post button. testid: tweetButtonInline (inline composers) or tweetButton (modal). */
export function PostButton({ testid, label, disabled, onClick }) {
  return (
    <button
      role="button"
      data-testid={testid}
      type="button"
      className="btn btn-primary post-btn"
      disabled={disabled}
      aria-disabled={disabled ? 'true' : undefined}
      tabIndex={disabled ? -1 : 0}
      onClick={onClick}
    >
      <div dir="ltr">
        <span>
          <span>{label}</span>
        </span>
      </div>
    </button>
  );
}
