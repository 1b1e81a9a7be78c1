/** The Unmet tab's search and filters: the popup keeps them while a person is open (no Unmet code needed for that). */
export type Sort = 'newest' | 'engaged' | 'longest';
export interface Query {
  search: string;
  unmetOnly: boolean;
  mutual: boolean;
  engaged: boolean;
  followsMe: boolean;
  sort: Sort;
}
export const INITIAL_QUERY: Query = {
  search: '',
  unmetOnly: true,
  mutual: false,
  engaged: false,
  followsMe: false,
  sort: 'newest',
};
