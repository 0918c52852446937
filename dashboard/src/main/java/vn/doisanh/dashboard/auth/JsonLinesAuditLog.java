package vn.doisanh.dashboard.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log as JSON lines, {@code <data>/audit.jsonl}: one object per line with {@code time} (ISO-8601, UTC),
 * {@code action}, {@code user} (null when anonymous), {@code ip} (null outside a request) and {@code details}.
 * Only ever appended to; serve and the CLI may write at once, so each line is written whole under a file lock.
 */
public final class JsonLinesAuditLog implements AuditLog {
    public static final String FILE_NAME = "audit.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * One append at a time in this JVM, whichever instance (the server's and a feature module's may share a file):
     * the file lock below keeps other processes out, but a JVM may not hold two locks on one file.
     */
    private static final Object APPEND_LOCK = new Object();

    private final Path file;
    private final Clock clock;

    public JsonLinesAuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The log of a data folder. */
    public static JsonLinesAuditLog in(Path dataFolder) {
        return new JsonLinesAuditLog(dataFolder.resolve(FILE_NAME), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    @Override
    public void record(String action, Optional<String> who, Map<String, ?> details) {
        append(action, who, null, details);
    }

    @Override
    public void record(String action, Optional<String> who, String clientIp, Map<String, ?> details) {
        append(action, who, clientIp, details);
    }

    private void append(String action, Optional<String> who, String clientIp, Map<String, ?> details) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", clock.instant().toString());
        line.put("action", action);
        line.put("user", who.orElse(null));
        line.put("ip", clientIp);
        line.set("details", JSON.valueToTree(details));
        synchronized (APPEND_LOCK) {
            write(line);
        }
    }

    private void write(ObjectNode line) {
        try {
            // One line, one write: a reader (or a crash) never sees a line cut in two.
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file, e);
        }
    }
}
