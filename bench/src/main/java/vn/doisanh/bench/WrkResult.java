package vn.doisanh.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one `wrk --latency` run printed: throughput, the latency percentiles and every kind of error. */
public record WrkResult(double requestsPerSecond, double p50Ms, double p90Ms, double p99Ms, long requests,
        long errors) {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    public static WrkResult parse(String out) {
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new WrkResult(number(RPS, out), percentile(out, "50%"), percentile(out, "90%"), percentile(out, "99%"),
                (long) number(REQUESTS, out), errors);
    }

    private static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalArgumentException("wrk output lacks " + pattern.pattern());
        }
        return Double.parseDouble(m.group(1));
    }

    /** A line of the latency distribution, "     99%   12.34ms", in milliseconds. */
    static double percentile(String out, String label) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$",
                Pattern.MULTILINE).matcher(out);
        if (!m.find()) {
            throw new IllegalArgumentException("wrk output lacks the " + label + " latency line (run with --latency)");
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    public String describe() {
        return String.format(Locale.ROOT, "%,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors of %,d", requestsPerSecond,
                p50Ms, p99Ms, errors, requests);
    }
}
