import '@/components/popup/popup.css';
import { render } from 'preact';
import { readOpeningScreen } from '@/components/popup/first-screen-read';
import { Popup } from '@/components/popup/Popup';
import { localizeDocument } from '@/lib/i18n/document';

// The benchmark's trace of the opening: script start, first screen read, first render done.
performance.mark('dt-popup-script');
// The first screen the background keeps ready is asked for first (a few ms of storage.local, no
// message), before anything else runs, and read before the first render: the popup's first frame
// already shows Today (current, or the last one marked as updating) instead of "Loading".
const opening = readOpeningScreen();
localizeDocument('extName');
const app = document.getElementById('app');
if (app)
  void opening.then((first) => {
    performance.mark('dt-first-screen-read', {
      detail: { found: first ? (first.current ? 'current' : 'last') : 'none' },
    });
    render(<Popup first={first?.screen} updating={first ? !first.current : false} />, app);
    performance.mark('dt-first-render');
  });
