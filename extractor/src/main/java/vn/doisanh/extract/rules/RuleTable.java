package vn.doisanh.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.doisanh.catalogue.Catalogue;

/**
 * The declarative rules, read from {@code rules/indicator-rules.tsv}: one line per way of phrasing a figure,
 * {@code id <TAB> indicator <TAB> options <TAB> pattern}. Order is priority: an earlier rule claims a number
 * first, and where two rules give one indicator different values, the earlier wins (with a warning).
 */
public final class RuleTable {
    public static final String RESOURCE = "/rules/indicator-rules.tsv";

    private final List<ExtractionRule> rules;

    private RuleTable(List<ExtractionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleTable load(Catalogue catalogue) {
        try (InputStream in = RuleTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule table " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), catalogue);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static RuleTable parse(List<String> lines, Catalogue catalogue) {
        List<ExtractionRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            ExtractionRule rule = parseLine(line, i + 1, catalogue);
            if (!ids.add(rule.id())) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": duplicate rule id " + rule.id());
            }
            rules.add(rule);
        }
        return new RuleTable(rules);
    }

    private static ExtractionRule parseLine(String line, int lineNumber, Catalogue catalogue) {
        String[] columns = line.split("\t", 4);
        String where = RESOURCE + " line " + lineNumber + ": ";
        if (columns.length != 4) {
            throw new IllegalStateException(where + "expected 4 tab-separated columns, found " + columns.length);
        }
        String id = columns[0].trim();
        String indicator = columns[1].trim();
        if (!catalogue.contains(indicator)) {
            throw new IllegalStateException(where + "rule " + id + " names unknown indicator " + indicator);
        }
        Set<String> options = Set.of(columns[2].trim().split("\\s*,\\s*"));
        ExtractionRule.Timing timing = options.contains("stock") ? ExtractionRule.Timing.STOCK
                : ExtractionRule.Timing.FLOW;
        try {
            String source = Copulas.inRule(columns[3].trim());
            RulePatterns.Compiled compiled = RulePatterns.compile(source);
            return new ExtractionRule(id, indicator, timing, options.contains("breakdown"), options.contains("target"),
                    columns[3].trim(), RequiredWords.of(source), RequiredWords.anyOf(source),
                    CaseFold.compile(compiled.pattern().pattern(), compiled.pattern().flags()), compiled.numberGroups(), compiled.scaleGroups());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "rule " + id + ": " + e.getMessage(), e);
        }
    }

    public List<ExtractionRule> rules() {
        return rules;
    }

    /**
     * The indicators whose rules' words all occur in a line (lower case): what a number there might be, for an
     * analyst to choose from when no rule took it. Rules without required words say nothing and are left out.
     */
    public List<String> indicatorsMentionedIn(String lowerCaseLine) {
        return rules.stream().filter(r -> !r.requiredWords().isEmpty() && r.mayMatch(lowerCaseLine))
                .map(ExtractionRule::indicator).distinct().toList();
    }
}
