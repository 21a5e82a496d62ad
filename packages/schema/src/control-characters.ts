/**
 * The characters text from a pack or a data file must not carry to a terminal or a CI log
 * as they are: C0, DEL and C1 controls (which move the cursor, colour the screen or break a
 * line) and the invisible bidirectional controls (which reorder what is read, `\u202e`).
 * Global: for `replace`. @internal
 */
export const CONTROL_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
