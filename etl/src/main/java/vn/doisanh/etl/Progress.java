package vn.doisanh.etl;

import java.io.PrintStream;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The progress line on stderr: the phase, and while Spark works, its tasks done of all. On a terminal one line
 * rewritten in place; in a log (CI, a pipe) a line when the phase changes and at most every 5 s while tasks run.
 */
final class Progress implements AutoCloseable {
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private volatile String phase = "starting Spark";
    private volatile JavaSparkContext spark;
    private final Thread ticker;
    private final long started = System.nanoTime();
    private String lastPrinted = "";
    private long lastPrintedAt;

    Progress(PrintStream err) {
        this.err = err;
        this.ticker = new Thread(this::tick, "etl-progress");
        this.ticker.setDaemon(true);
        this.ticker.start();
    }

    void watch(JavaSparkContext context) {
        this.spark = context;
    }

    void phase(String name) {
        this.phase = name;
        print(true);
    }

    private void tick() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(terminal ? 250 : 1000);
            } catch (InterruptedException e) {
                return;
            }
            print(false);
        }
    }

    private synchronized void print(boolean phaseChanged) {
        String line = "etl: " + phase + tasks();
        long now = System.currentTimeMillis();
        if (terminal) {
            if (!line.equals(lastPrinted)) {
                err.print("\r\033[K" + line);
                err.flush();
            }
        } else if (phaseChanged || !line.equals(lastPrinted) && line.contains("tasks") && now - lastPrintedAt >= 5000) {
            err.println(String.format(java.util.Locale.ROOT, "%s  (%.1f s)", line, (System.nanoTime() - started) / 1e9));
            lastPrintedAt = now;
        }
        lastPrinted = line;
    }

    private String tasks() {
        JavaSparkContext context = spark;
        if (context == null || context.sc().isStopped()) {
            return "";
        }
        int done = 0;
        int total = 0;
        for (int id : context.statusTracker().getActiveStageIds()) {
            SparkStageInfo stage = context.statusTracker().getStageInfo(id);
            if (stage != null) {
                done += stage.numCompletedTasks();
                total += stage.numTasks();
            }
        }
        return total == 0 ? "" : " · tasks " + done + "/" + total;
    }

    @Override
    public void close() {
        ticker.interrupt();
        if (terminal) {
            err.println();
        }
    }
}
