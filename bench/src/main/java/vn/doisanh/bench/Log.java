package vn.doisanh.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Progress on stderr with the elapsed time, so a 15-minute run shows where it is. */
public final class Log {
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    private final long started = System.nanoTime();

    public void line(String text) {
        err.println(String.format(Locale.ROOT, "[bench %5.0f s] %s", elapsedSeconds(), text));
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
