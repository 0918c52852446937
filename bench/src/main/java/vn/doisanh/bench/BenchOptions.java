package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.List;

/** What one `./doisanh bench` run measures and how long it may take. */
public record BenchOptions(Path root, Path work, Path out, boolean quick, int national, double budgetSeconds) {

    public Path sampleData() {
        return root.resolve("sample-data");
    }

    /** The national sizes: 1k and 5k as rungs below the chosen N (the ladder), or 1k alone when quick. */
    public List<Integer> ladder() {
        if (quick) {
            return List.of(Math.min(national, 1000));
        }
        return java.util.stream.Stream.of(1000, 5000, national).filter(n -> n <= national).distinct().toList();
    }

    public int extractionWarmups() {
        return quick ? 1 : 3;
    }

    public int extractionPasses() {
        return quick ? 3 : 5;
    }

    public int cityEtlRuns() {
        return quick ? 1 : 3;
    }

    public int wrkSeconds() {
        return quick ? 5 : 30;
    }

    public int wrkWarmupSeconds() {
        return quick ? 2 : 5;
    }

    public int pageRuns() {
        return quick ? 3 : 5;
    }

    public LatencySampler queries() {
        return quick ? new LatencySampler(20, 100) : new LatencySampler(50, 500);
    }
}
