package vn.doisanh.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs another main class in this JVM while sampling heap use every 20 ms, and writes the peak (bytes) to a file
 * when the JVM exits: the ETL ends in System.exit, so a shutdown hook is the one place that always runs.
 * Usage: {@code HeapWatch PEAK_FILE MAIN_CLASS ARGS...}. Sampled used heap is what the ETL really held; a GC that
 * runs late can push it above the live set, so it is an upper bound of the need, not an under-estimate.
 */
public final class HeapWatch {
    private HeapWatch() {
    }

    public static void main(String[] args) throws Exception {
        Path peakFile = Path.of(args[0]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Files.writeString(peakFile, Long.toString(peak.get()));
            } catch (IOException e) {
                System.err.println("heap-watch: cannot write " + peakFile + ": " + e.getMessage());
            }
        }));
        Class.forName(args[1]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
