package vn.doisanh.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Calls a query repeatedly, warm-up calls first, and returns the measured latencies in milliseconds. */
public final class LatencySampler {
    private final int warmups;
    private final int samples;

    public LatencySampler(int warmups, int samples) {
        this.warmups = warmups;
        this.samples = samples;
    }

    public Stats measure(Callable<?> call) throws Exception {
        for (int i = 0; i < warmups; i++) {
            consume(call.call());
        }
        List<Double> ms = new ArrayList<>(samples);
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            Object result = call.call();
            ms.add((System.nanoTime() - start) / 1e6);
            consume(result);
        }
        return Stats.of(ms);
    }

    private static void consume(Object result) {
        Blackhole.consume(result == null ? 0 : result.hashCode());
    }
}
