package vn.doisanh.sampledata;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import vn.doisanh.sampledata.plan.FormatMix;

/**
 * What one generator run makes.
 *
 * @param onlyUnits when not empty, write only these units' reports (the plan, and so every choice, is still made
 *                  for all units; the broken files are left out); for sampling the national set
 */
public record GeneratorSettings(Path out, long seed, int units, int periods, FormatMix formats, boolean dryRun,
        Set<String> onlyUnits) {
    public static final long DEFAULT_SEED = 20250701L;
    public static final int CITY_PERIODS = 3;
    public static final int NATIONAL_PERIODS = 8;

    public GeneratorSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(formats, "formats");
        onlyUnits = Set.copyOf(onlyUnits);
        if (periods < 1 || periods > 40) {
            throw new IllegalArgumentException("--periods must be 1..40 quarters, got " + periods);
        }
    }

    public boolean writesEverything() {
        return onlyUnits.isEmpty();
    }
}
