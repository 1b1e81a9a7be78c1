import '@/components/common/base.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { localizeDocument } from '@/lib/i18n/document';

localizeDocument('extName');
const app = document.getElementById('app');
if (app) render(<Popup />, app);
