package vn.doisanh.sampledata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The random choices the generator makes, on top of one seeded {@link Random}. */
public final class Dice {
    private final Random random;

    Dice(Random random) {
        this.random = random;
    }

    /** A whole number in [low, high], both ends included. */
    public int between(int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
        }
        return low + random.nextInt(high - low + 1);
    }

    /** A real number in [low, high). */
    public double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** A log-uniform number: as many small units as large ones per doubling, like real populations. */
    public double logUniform(double low, double high) {
        return Math.exp(uniform(Math.log(low), Math.log(high)));
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(random.nextInt(options.size()));
    }

    /** Picks by weight; {@code weights[i]} belongs to {@code options.get(i)}. */
    public <T> T weighted(List<T> options, double... weights) {
        if (options.size() != weights.length || options.isEmpty()) {
            throw new IllegalArgumentException(options.size() + " options but " + weights.length + " weights");
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** {@code count} distinct items in random order. */
    public <T> List<T> sample(List<T> options, int count) {
        List<T> copy = shuffled(options);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    public <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
