package vn.doisanh.warehouse.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL text shipped under {@code /sql/} in the warehouse jar. Values travel as JDBC {@code ?} parameters; the only
 * text substitution is {@code ${name}} for what SQL cannot bind (a Parquet folder in a view, generated columns),
 * and every placeholder must be given, so a typo fails the build instead of producing odd SQL.
 */
public final class SqlResource {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    /** A statement ends with a semicolon at the end of a line; the SQL files never put one elsewhere. */
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    private final String path;
    private final String text;

    private SqlResource(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /** {@code path} is relative to {@code /sql/}, e.g. {@code "queries/ranking.sql"}. */
    public static SqlResource load(String path) {
        String resource = "/sql/" + path;
        try (InputStream in = SqlResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("SQL resource " + resource + " is missing from the classpath");
            }
            return new SqlResource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The text with every {@code ${name}} replaced; fails if one is missing from {@code values}. */
    public SqlResource with(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(path + ": no value for placeholder ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new SqlResource(path, out.toString());
    }

    /** The statements of a script, without empty ones (a file may end with comments). */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String part : STATEMENT_END.split(text)) {
            if (!withoutComments(part).isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }

    /** A text as a SQL string literal, for the placeholders that cannot be parameters. */
    public static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
