package vn.doisanh.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A child JVM on this module's classpath with the launcher's flags (Spark's --add-opens): the ETL and the
 * dashboard run apart from the harness so that their wall time, heap and RSS are theirs alone.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder builder(List<String> jvmArgs, String mainClass, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedFlags());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
        return builder;
    }

    /** Runs to the end; the exit code, with the log named in the message when it is not 0. */
    public static void runToEnd(ProcessBuilder builder, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("child JVM exited " + code + ": see " + log);
        }
    }

    private static List<String> inheritedFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect.useDirectMethodHandle")
                        || a.startsWith("-Dio.netty.tryReflectionSetAccessible") || a.startsWith("-Dfile.encoding"))
                .toList();
    }

    private static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> e.endsWith("*") ? Path.of(e.substring(0, e.length() - 1)).toAbsolutePath() + File.separator
                        + "*" : Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
