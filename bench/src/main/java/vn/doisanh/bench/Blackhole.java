package vn.doisanh.bench;

/** Keeps a measured loop's result observable so the JIT cannot drop the work being timed. */
final class Blackhole {
    private static volatile long sink;

    private Blackhole() {
    }

    static void consume(long value) {
        sink += value;
    }
}
