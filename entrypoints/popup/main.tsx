import '@/components/popup/popup.css';
import { render } from 'preact';
import { takeOpeningRead } from '@/components/popup/first-screen-read';
import { Popup } from '@/components/popup/Popup';
import { localizeDocument } from '@/lib/i18n/document';

// The benchmark's trace of the opening: script start, first screen read, first render done.
performance.mark('dt-popup-script');
// The first screen the background keeps ready (a few ms of storage, no message) was asked for by the
// early script before this module loaded (entrypoints/popup-opening.ts), else now; it is read before
// the first render: the popup's first frame already shows Today (current, or the last one marked as
// updating) instead of "Loading".
const { read: opening, early } = takeOpeningRead();
localizeDocument('extName');
const app = document.getElementById('app');
if (app)
  void opening.then((first) => {
    performance.mark('dt-first-screen-read', {
      detail: { found: first ? (first.current ? 'current' : 'last') : 'none', early },
    });
    render(<Popup first={first?.screen} updating={first ? !first.current : false} />, app);
    performance.mark('dt-first-render');
  });
