package vn.doisanh.extract.ledger;

import java.util.regex.Pattern;

/** One entry of {@code rules/number-roles.tsv}: the words around a number that say what it is. */
record RoleCue(String id, NumberRole role, Scope scope, Pattern before, Pattern after, String example) {
    enum Scope { WORD, CLAUSE, SENTENCE }

    /** {@code lead} is the text before the number over this cue's scope; {@code tail} the text after it. */
    boolean fits(String lead, String tail) {
        return (before == null || before.matcher(lead).find()) && (after == null || after.matcher(tail).lookingAt());
    }
}
