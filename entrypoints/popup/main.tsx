import '@/components/common/base.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { readFirstScreen } from '@/components/popup/first-screen-read';
import { Popup } from '@/components/popup/Popup';
import { localizeDocument } from '@/lib/i18n/document';

// The benchmark's trace of the opening: script start, first screen read, first render done.
performance.mark('dt-popup-script');
localizeDocument('extName');
const app = document.getElementById('app');
// The first screen the background keeps ready is read before the first render (a few ms of
// storage.local), so the popup's first frame already shows Today instead of "Loading".
if (app)
  void readFirstScreen().then((first) => {
    performance.mark('dt-first-screen-read', { detail: { found: Boolean(first) } });
    render(<Popup first={first} />, app);
    performance.mark('dt-first-render');
  });
