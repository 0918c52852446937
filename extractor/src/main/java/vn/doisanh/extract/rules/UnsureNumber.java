package vn.doisanh.extract.rules;

/**
 * A number the reader would not decide on, left unread for an analyst: {@code cue} says why
 * ("outline.maybe_part", "table.columns_unknown", "table.row_ambiguous"); {@code indicator} is the one it was read
 * for, when there was one.
 */
public record UnsureNumber(int start, int end, String indicator, String cue) {
}
