import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftoverHosts } from '@/lib/ui/leftovers';

describe('removeLeftoverHosts', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("removes an earlier copy's hosts wherever they sit, and nothing of X's", () => {
    document.body.innerHTML =
      '<article><div data-testid="User-Name"><dinner-table-badge></dinner-table-badge></div></article>' +
      '<dinner-table-popover></dinner-table-popover><div id="x-own"></div>';
    expect(removeLeftoverHosts(document)).toBe(2);
    expect(document.body.innerHTML).toBe(
      '<article><div data-testid="User-Name"></div></article><div id="x-own"></div>',
    );
  });
});
