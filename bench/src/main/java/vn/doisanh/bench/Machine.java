package vn.doisanh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on: they mean little without it. */
public record Machine(int cores, long memoryMb, String jdk, String os, String cpu) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                cpuModel());
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %,d MB memory, %s, %s", cores, cpu, memoryMb, jdk, os);
    }

    /** The 1-minute load average: other work on the machine inflates every figure, so the report states it. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long readMemoryMb() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:")
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).orElse(-1L);
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("unknown CPU");
    }

    private static java.util.Optional<String> procLine(Path file, String prefix) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
