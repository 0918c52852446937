package vn.doisanh.dashboard.auth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a user name is written and matched: NFC and trimmed as shown, and case-insensitively (so "PhanTich",
 * "phantich" and an NFD-typed "phântích" from another keyboard are one account).
 */
public final class Usernames {
    /** Letters (Vietnamese included), digits and . _ - @; no spaces, so a name is one word in a command line. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N}._@-]{2,64}");

    private Usernames() {
    }

    /** The name as shown and stored: NFC, trimmed; throws with a reason when it cannot be a user name. */
    public static String normalise(String name) {
        if (name == null) {
            throw new IllegalArgumentException("a user name is required");
        }
        String clean = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        if (!ALLOWED.matcher(clean).matches()) {
            throw new IllegalArgumentException("user name '" + clean + "' must be 2 to 64 letters, digits or . _ - @, without spaces");
        }
        return clean;
    }

    /** The key two names are compared by: NFC, trimmed, lower case. Never throws (used on login input too). */
    public static String key(String name) {
        String clean = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFC);
        return Normalizer.normalize(clean.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
