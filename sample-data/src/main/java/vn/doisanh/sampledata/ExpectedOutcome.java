package vn.doisanh.sampledata;

import java.util.Locale;
import java.util.Objects;

/**
 * What the extractor should make of one file: clean facts, facts with one warning, facts held until an analyst
 * gives what the report leaves unclear (its unit: the code of the warning that says why), or an error.
 */
public record ExpectedOutcome(String file, Kind outcome, String expectedCode) {
    public enum Kind {
        OK,
        WARNING,
        HELD,
        ERROR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExpectedOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Kind.OK) != (expectedCode == null || expectedCode.isEmpty())) {
            throw new IllegalArgumentException(file + ": an " + outcome + " outcome " + (outcome == Kind.OK
                    ? "takes no code" : "needs a code"));
        }
        expectedCode = expectedCode == null ? "" : expectedCode;
    }

    public static ExpectedOutcome ok(String file) {
        return new ExpectedOutcome(file, Kind.OK, "");
    }
}
