package vn.doisanh.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.doisanh.extract.model.NumberRole;

/** The cues of {@code rules/number-roles.tsv}, in priority order. */
public final class RoleCues {
    public static final String RESOURCE = "/rules/number-roles.tsv";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<RoleCue> cues;

    private RoleCues(List<RoleCue> cues) {
        this.cues = List.copyOf(cues);
    }

    public static RoleCues load() {
        try (InputStream in = RoleCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("number roles " + RESOURCE + " are missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RoleCues parse(List<String> lines) {
        List<RoleCue> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                cues.add(parseLine(line, RESOURCE + " line " + (i + 1) + ": "));
            }
        }
        return new RoleCues(cues);
    }

    private static RoleCue parseLine(String line, String where) {
        String[] c = line.split("\t", -1);
        if (c.length != 7) {
            throw new IllegalStateException(where + "expected 7 tab-separated columns, found " + c.length);
        }
        try {
            NumberRole role = NumberRole.ofCode(c[1].trim());
            if (role == NumberRole.FACT || role == NumberRole.UNREAD) {
                throw new IllegalStateException(where + "a cue cannot make a number a fact or unread");
            }
            RoleCue.Scope scope = RoleCue.Scope.valueOf(c[2].trim().toUpperCase(Locale.ROOT));
            if (!c[3].trim().equals("veto") && !c[3].trim().equals("explain")) {
                throw new IllegalStateException(where + "the fourth column is 'veto' or 'explain', not '" + c[3] + "'");
            }
            return new RoleCue(c[0].trim(), role, scope, c[3].trim().equals("veto"), regex(c[4]), regex(c[5]),
                    c[6].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + e.getMessage(), e);
        }
    }

    private static Pattern regex(String column) {
        String source = column.trim();
        if (source.equals("-")) {
            return null;
        }
        try {
            return CaseFold.compile(source, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad regex " + source + ": " + e.getDescription(), e);
        }
    }

    public List<RoleCue> cues() {
        return cues;
    }

    /** The first cue that explains a number with this lead (its sentence so far) and tail. */
    public Optional<RoleCue> explain(String sentenceLead, String tail) {
        String lead = CaseFold.of(sentenceLead);
        String after = CaseFold.of(tail);
        return cues.stream().filter(c -> c.fits(lead, after)).findFirst();
    }

    /** The role of a number no rule may take ("xếp thứ 12", "kế hoạch 75%", "cùng kỳ là 8.120"), if a veto says so. */
    public Optional<NumberRole> veto(String sentenceLead, String tail) {
        String lead = CaseFold.of(sentenceLead);
        String after = CaseFold.of(tail);
        return cues.stream().filter(RoleCue::veto).filter(c -> c.fits(lead, after)).map(RoleCue::role)
                .findFirst();
    }
}
