// A person's bio in a follower/following list is what the cell shows under the name, never a label
// X draws beside it: the screen readers' hidden "Click to Follow <handle>" however it is hidden, the
// "Follows you" mark, or the follow control when X draws it as a div[role=button] (review of the
// DOM readers on variant markup, /tmp/dom-review/people.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { readUserCell } from '@/lib/x/people';

afterEach(() => {
  document.body.innerHTML = '';
});

interface Parts {
  /** After the handle: the "Follows you" mark, if any. */
  followsYou?: string;
  /** The follow control. */
  button?: string;
  /** The screen readers' label of the follow control, hidden. */
  label?: string;
  /** The bio, if the person wrote one. */
  bio?: string;
}

const BUTTON =
  '<button aria-label="Follow @kai_n_12" data-testid="12345678-follow" type="button"><div dir="ltr"><span><span>Follow</span></span></div></button>';
const LABEL = '<div dir="auto" style="display: none;" id="id__x">Click to Follow kai_n_12</div>';

/** A row of a following list as X draws it (insin's saved page), its parts replaceable. */
function cell({ followsYou = '', button = BUTTON, label = LABEL, bio = '' }: Parts): Element {
  document.body.innerHTML = `<div data-testid="cellInnerDiv"><div role="button" tabindex="0" data-testid="UserCell"><div>
<div data-testid="UserAvatar-Container-kai_n_12"><a href="/kai_n_12" aria-hidden="true" tabindex="-1"><img alt=""></a></div>
<div><div><div><a href="/kai_n_12" role="link"><div dir="ltr"><span><span>Kai N</span></span></div></a>
<div><a href="/kai_n_12" role="link" tabindex="-1"><div dir="ltr"><span>@kai_n_12</span></div></a>${followsYou}</div></div>
<div>${button}</div>${label}</div>${bio}</div></div></div></div>`;
  const found = document.querySelector('[data-testid="UserCell"]');
  if (!found) throw new Error('no cell');
  return found;
}

const BIO = '<div dir="auto"><span>Tram nerd in Leipzig</span></div>';

describe('the bio of a person in a list', () => {
  it('is no hidden label, however X hides it', () => {
    for (const label of [
      '<div dir="auto" style="display:none" id="id__x">Click to Follow kai_n_12</div>',
      '<div dir="auto" style="DISPLAY : none ;" id="id__x">Click to Follow kai_n_12</div>',
      '<div dir="auto" hidden id="id__x">Click to Follow kai_n_12</div>',
      '<div style="display:none"><div dir="auto" id="id__x">Click to Follow kai_n_12</div></div>',
      '<div aria-hidden="true"><div dir="auto">Click to Follow kai_n_12</div></div>',
    ]) {
      expect(readUserCell(cell({ label }))?.bio, label).toBeUndefined();
      expect(readUserCell(cell({ label, bio: BIO }))?.bio, label).toBe('Tram nerd in Leipzig');
    }
  });

  it('is not the "Follows you" mark', () => {
    const followsYou =
      '<div data-testid="userFollowIndicator"><div dir="auto"><span>Follows you</span></div></div>';
    const person = readUserCell(cell({ followsYou }));
    expect(person?.followsMe).toBe(true);
    expect(person?.bio).toBeUndefined();
  });

  it('is not the follow control drawn as a div[role=button]', () => {
    const button =
      '<div role="button" aria-label="Follow @kai_n_12" data-testid="12345678-follow"><div dir="auto"><span>Follow back</span></div></div>';
    const person = readUserCell(cell({ button }));
    expect(person?.id).toBe('12345678');
    expect(person?.bio).toBeUndefined();
    expect(readUserCell(cell({ button, bio: BIO }))?.bio).toBe('Tram nerd in Leipzig');
  });

  it('is still read as before: the last block under the name, its links and emoji kept', () => {
    const bio =
      '<div dir="auto"><span>Maps </span><img alt="🗺️"><span> at </span><a href="/transit_lab" role="link">@transit_lab</a></div>';
    expect(readUserCell(cell({ bio }))?.bio).toBe('Maps 🗺️ at @transit_lab');
  });
});
