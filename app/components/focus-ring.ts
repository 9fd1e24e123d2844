/**
 * The keyboard focus ring of every button and link: solid indigo-600 with a white gap, so it
 * shows on white, on slate and on an indigo button alike. `focus-visible` keeps it off for
 * mouse clicks.
 */
export const focusRing =
  'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:ring-offset-2'
