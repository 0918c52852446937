package vn.doisanh.warehouse.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a catalogue formula ({@code civil_servants_present / population * 10000}) into a DuckDB expression over
 * columns named after the indicators, with every division through {@code safe_div}. The grammar is the one the
 * catalogue uses and no more: numbers, indicator ids, + - * /, unary minus and parentheses; anything else is an
 * error naming the formula, so a catalogue edit cannot smuggle SQL into the warehouse.
 */
public final class FormulaSql {
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(\\d+(?:\\.\\d+)?)|([a-z][a-z0-9_]*)|([-+*/()]))");

    private final String formula;
    private final List<String> tokens = new ArrayList<>();
    private final Set<String> inputs = new LinkedHashSet<>();
    private int position;

    private FormulaSql(String formula) {
        this.formula = formula;
    }

    /** The SQL expression and the indicator ids it reads. */
    public record Compiled(String sql, List<String> inputs) {
    }

    public static Compiled compile(String formula) {
        FormulaSql parser = new FormulaSql(formula);
        parser.tokenise();
        String sql = parser.sum();
        if (parser.position != parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return new Compiled(sql, List.copyOf(parser.inputs));
    }

    private void tokenise() {
        Matcher m = TOKEN.matcher(formula);
        int at = 0;
        while (at < formula.length() && m.find(at) && m.start() == at) {
            tokens.add(m.group().strip());
            at = m.end();
        }
        if (!formula.substring(at).isBlank()) {
            throw error("cannot read '" + formula.substring(at).strip() + "'");
        }
        if (tokens.isEmpty()) {
            throw error("empty formula");
        }
    }

    private String sum() {
        String left = product();
        while (peek("+") || peek("-")) {
            String operator = tokens.get(position++);
            left = "(" + left + " " + operator + " " + product() + ")";
        }
        return left;
    }

    private String product() {
        String left = operand();
        while (peek("*") || peek("/")) {
            String operator = tokens.get(position++);
            String right = operand();
            left = operator.equals("*") ? "(" + left + " * " + right + ")" : "safe_div(" + left + ", " + right + ")";
        }
        return left;
    }

    private String operand() {
        if (position >= tokens.size()) {
            throw error("ends too early");
        }
        String token = tokens.get(position++);
        if (token.equals("-")) {
            return "(-" + operand() + ")";
        }
        if (token.equals("(")) {
            String inner = sum();
            if (!peek(")")) {
                throw error("missing ')'");
            }
            position++;
            return inner;
        }
        if (Character.isDigit(token.charAt(0))) {
            return "CAST(" + token + " AS DOUBLE)";
        }
        if (Character.isLetter(token.charAt(0))) {
            inputs.add(token);
            return "\"" + token + "\"";
        }
        throw error("unexpected '" + token + "'");
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("formula '" + formula + "': " + problem);
    }
}
