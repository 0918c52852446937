package vn.doisanh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Samples a process's resident set (VmRSS in /proc) every 100 ms while it runs, keeping the peak. */
public final class RssSampler implements AutoCloseable {
    private final long pid;
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;

    public RssSampler(long pid) {
        this.pid = pid;
        this.thread = new Thread(this::loop, "rss-" + pid);
        thread.setDaemon(true);
        thread.start();
    }

    public static long rssKb(long pid) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            peakKb.accumulateAndGet(rssKb(pid), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public double peakMb() {
        return peakKb.get() / 1024.0;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
