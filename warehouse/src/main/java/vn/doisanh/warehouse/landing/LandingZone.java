package vn.doisanh.warehouse.landing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The raw landing zone of a data folder: every file received, as received, at {@code landing/<ab>/<sha256>} (ab =
 * the hash's first two hex digits) beside its sidecar {@code <sha256>.json}. Files are named by content only, so
 * a sender's file name never becomes a path; written through a temporary file and a link that fails rather than
 * overwrite, so a file there is always whole and never replaced; the same bytes twice are one file.
 */
public final class LandingZone {
    public static final String FOLDER = "landing";
    private static final String INCOMING = ".incoming";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    /** @param data the data folder (the ETL's {@code --out}) */
    public LandingZone(Path data) {
        this.root = data.toAbsolutePath().normalize().resolve(FOLDER);
    }

    public Path root() {
        return root;
    }

    /** Bytes received but not filed yet: a temporary file, its hash and size. Closing deletes what is left. */
    public record Staged(Path temporary, String sha256, long size) implements AutoCloseable {
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(temporary);
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temporary);
        }
    }

    /** What filing did: the file's record (the first sender's, for bytes seen before) and whether it was new. */
    public record Filed(LandedFile file, boolean duplicate) {
    }

    /** A file larger than the limit; it was not kept. */
    public static final class TooLarge extends IOException {
        private final long limit;

        public TooLarge(long limit) {
            super("the file is larger than " + limit + " bytes (" + (limit >> 20) + " MB)");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Streams {@code in} to a temporary file, hashing as it goes; stops at the first byte over {@code maxBytes}. */
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path incoming = Files.createDirectories(root.resolve(INCOMING));
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) != -1; ) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Staged(temporary, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Files staged bytes under their hash with the record {@code describe} makes, unless the same bytes are here
     * already: then the first record stands and the staged copy is dropped.
     */
    public Filed file(Staged staged, Function<String, LandedFile> describe) throws IOException {
        try (staged) {
            Path target = path(staged.sha256());
            if (Files.exists(target)) {
                return new Filed(readSidecar(staged.sha256()), true);
            }
            Files.createDirectories(target.getParent());
            // The sidecar first: a data file is never there without its record (a crash leaves at most a record).
            LandedFile record = describe.apply(staged.sha256());
            writeSidecar(record);
            try {
                // A hard link fails when the name exists, where a rename would silently replace it.
                Files.createLink(target, staged.temporary());
            } catch (FileAlreadyExistsException raced) {
                return new Filed(readSidecar(staged.sha256()), true);
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (Files.exists(target)) {
                    return new Filed(readSidecar(staged.sha256()), true);
                }
                Files.move(staged.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Filed(record, false);
        }
    }

    /** The record of a landed file; empty for a hash never received (or one that is not a hash at all). */
    public Optional<LandedFile> find(String sha256) {
        if (!isHash(sha256) || !Files.isRegularFile(path(sha256))) {
            return Optional.empty();
        }
        return Optional.of(readSidecar(sha256));
    }

    /** Where the bytes of a hash live; only for hashes (a sender's text never gets here). */
    public Path path(String sha256) {
        if (!isHash(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 hash: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static boolean isHash(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /**
     * What an analyst said of a report that names no unit or period ({@code <sha256>.given.json} beside the
     * sidecar, which itself never changes): a unit code and a period as {@code extract --period} takes it.
     */
    public record Given(String unitCode, String period, String by, String at) {
    }

    public Optional<Given> given(String sha256) {
        Path file = givenFile(sha256);
        if (!isHash(sha256) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Given.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Replaces what was said of the file, in one atomic step. */
    public void give(String sha256, Given given) throws IOException {
        if (find(sha256).isEmpty()) {
            throw new IllegalArgumentException("no landed file has the hash '" + sha256 + "'");
        }
        writeJsonAtomically(givenFile(sha256), given);
    }

    private Path givenFile(String sha256) {
        return sidecar(sha256).resolveSibling(sha256 + ".given.json");
    }

    private Path sidecar(String sha256) {
        return path(sha256).resolveSibling(sha256 + ".json");
    }

    private void writeSidecar(LandedFile record) throws IOException {
        writeJsonAtomically(sidecar(record.sha256()), record);
    }

    /** A reader sees the old JSON or the new, never half of one. */
    private static void writeJsonAtomically(Path target, Object value) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".json-", ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), value);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private LandedFile readSidecar(String sha256) {
        try {
            return JSON.readValue(sidecar(sha256).toFile(), LandedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the record of landed file " + sha256, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
