package vn.doisanh.bench;

/**
 * One row of BENCHMARKS.md: the figure (median and spread), the baseline measured in the same run, their ratio,
 * the target and whether it holds. {@code ratio} is null where the issue gives no baseline.
 */
public record Figure(String what, String figure, String baseline, Double ratio, String target, Verdict verdict,
        String note) {

    public static Figure notRun(String what, String target, String why) {
        return new Figure(what, "not run", "—", null, target, Verdict.NOT_RUN, why);
    }

    public String ratioText() {
        return Ratio.format(ratio);
    }
}
