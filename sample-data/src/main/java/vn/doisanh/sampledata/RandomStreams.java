package vn.doisanh.sampledata;

import java.util.Objects;
import java.util.Random;

/**
 * Derives independent random streams from one seed and a list of names ("unit", "10837", "profile"). A unit's
 * figures therefore do not change when more or fewer units are generated, and two runs with the same seed agree
 * exactly: {@link Random} is specified bit for bit by the JDK, unlike hash-map order or the clock.
 */
public final class RandomStreams {
    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public Dice dice(String... names) {
        long state = mix(seed);
        for (String name : names) {
            Objects.requireNonNull(name, "stream name");
            state = mix(state * 31 + fnv1a(name));
        }
        return new Dice(new Random(state));
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: spreads nearby inputs (consecutive codes) over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
