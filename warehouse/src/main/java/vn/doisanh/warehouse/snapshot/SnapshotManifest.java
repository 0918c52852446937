package vn.doisanh.warehouse.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * {@code snapshot.json}: what a snapshot was built from and what it holds. Written last, through a temporary file
 * and a rename, so its presence means the snapshot is complete.
 */
public record SnapshotManifest(
        String id,
        String builtAt,
        String catalogueVersion,
        List<String> inputs,
        Map<String, Long> counts) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SnapshotManifest {
        inputs = List.copyOf(inputs);
        counts = Map.copyOf(counts);
    }

    public void writeTo(Snapshot snapshot) {
        Path temporary = snapshot.dir().resolve(Snapshot.MANIFEST + ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), this);
            Files.move(temporary, snapshot.manifest(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + snapshot.manifest(), e);
        }
    }

    public static SnapshotManifest readFrom(Snapshot snapshot) {
        try {
            return JSON.readValue(snapshot.manifest().toFile(), SnapshotManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + snapshot.manifest(), e);
        }
    }
}
