import '@/components/common/base.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';

const app = document.getElementById('app');
if (app) render(<Popup />, app);
