import { browser } from 'wxt/browser';
import { firstScreenAreaOf } from './first-screen';

/** The storage area both first screens live in (first-screen.ts `firstScreenAreaOf`). */
export const firstScreenArea = () => firstScreenAreaOf(browser.storage);
