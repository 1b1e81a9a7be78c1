import '@/components/common/base.css';
import '@/components/options/options.css';
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { localizeDocument } from '@/lib/i18n/document';

localizeDocument('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
