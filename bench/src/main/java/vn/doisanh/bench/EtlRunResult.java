package vn.doisanh.bench;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One timed ETL child: wall time seen from outside, the ETL's own split of it, and its peak heap. */
public record EtlRunResult(double wallSeconds, double sparkStartSeconds, double etlSeconds, long peakHeapBytes) {
    private static final Pattern DONE = Pattern.compile(
            "etl: done in ([0-9.]+) s \\(Spark start-up ([0-9.]+) s");

    /** Reads the ETL's summary line ("etl: done in 12.3 s (Spark start-up 4.1 s, …"). */
    public static EtlRunResult parse(String output, double wallSeconds, long peakHeapBytes) {
        Matcher m = DONE.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no 'etl: done in' line in the ETL output");
        }
        return new EtlRunResult(wallSeconds, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1)),
                peakHeapBytes);
    }

    /** Wall time minus Spark start-up: JVM launch, listing, extraction, Parquet and the DuckDB build. */
    public double afterStartSeconds() {
        return wallSeconds - sparkStartSeconds;
    }

    public String heapText() {
        return peakHeapBytes <= 0 ? "?" : String.format(Locale.ROOT, "%.2f GB", peakHeapBytes / 1e9);
    }
}
