package vn.doisanh.dashboard.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The accounts, in {@code <data>/users.json}, shared by {@code serve} and the {@code user} command. Every change is
 * written to a temporary file and moved over the old one atomically, under a file lock, so a reader never sees half
 * a file and two commands never lose each other's change. Reads come from the file when it changed, so an account
 * added or removed by the CLI counts in a running server at its next request.
 */
public final class UserStore {
    public static final String FILE_NAME = "users.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** One writer per JVM at a time: a JVM's file lock does not exclude its own other threads. */
    private static final Object WRITE_LOCK = new Object();

    private final Path file;
    private volatile Cached cached = new Cached(null, List.of());

    private record Cached(Object stamp, List<User> users) {
    }

    private UserStore(Path file) {
        this.file = file;
    }

    /** The store of a data folder; the file need not exist yet (then there are no users). */
    public static UserStore in(Path dataFolder) {
        return new UserStore(dataFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public List<User> list() {
        return read();
    }

    public boolean isEmpty() {
        return read().isEmpty();
    }

    public Optional<User> find(String username) {
        String key = Usernames.key(username);
        return read().stream().filter(u -> u.key().equals(key)).findFirst();
    }

    /** Adds an account; throws when the name is taken (whatever its case or Unicode form). */
    public void add(User user) {
        change(users -> {
            if (users.stream().anyMatch(u -> u.key().equals(user.key()))) {
                throw new IllegalArgumentException("user '" + user.username() + "' already exists");
            }
            List<User> next = new ArrayList<>(users);
            next.add(user);
            return next;
        });
    }

    /** Adds or replaces an account of that name (demo accounts get a new password every run). */
    public void put(User user) {
        change(users -> {
            List<User> next = new ArrayList<>(users.stream().filter(u -> !u.key().equals(user.key())).toList());
            next.add(user);
            return next;
        });
    }

    /** Removes an account; false when there was none of that name. */
    public boolean remove(String username) {
        String key = Usernames.key(username);
        boolean[] removed = {false};
        change(users -> {
            List<User> next = users.stream().filter(u -> !u.key().equals(key)).toList();
            removed[0] = next.size() != users.size();
            return next;
        });
        return removed[0];
    }

    private void change(UnaryOperator<List<User>> edit) {
        synchronized (WRITE_LOCK) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path lockFile = file.resolveSibling(FILE_NAME + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    List<User> next = edit.apply(readFile());
                    write(next);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    private List<User> read() {
        Object stamp = stamp();
        Cached current = cached;
        if (Objects.equals(current.stamp(), stamp) && stamp != null) {
            return current.users();
        }
        List<User> users = stamp == null ? List.of() : readFile();
        cached = new Cached(stamp, users);
        return users;
    }

    /** What changes when the file is replaced: its identity (a move gives a new inode), time and size. */
    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<User> readFile() {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (java.io.FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new IllegalStateException(file + " is not a valid users file: " + e.getMessage(), e);
        }
        if (root == null || !root.path("users").isArray()) {
            throw new IllegalStateException(file + " is not a valid users file: no \"users\" array");
        }
        List<User> users = new ArrayList<>();
        for (JsonNode node : root.path("users")) {
            try {
                users.add(new User(
                        text(node, "username"),
                        Role.valueOf(text(node, "role").toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(node.path("unit").isTextual() ? node.path("unit").asText() : null),
                        text(node, "passwordHash"),
                        Instant.parse(text(node, "created"))));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ": user entry " + (users.size() + 1) + " is invalid: "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(users);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value.asText();
    }

    private void write(List<User> users) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode array = root.putArray("users");
        users.stream().sorted(Comparator.comparing(User::key)).forEach(u -> {
            ObjectNode node = array.addObject();
            node.put("username", u.username());
            node.put("role", u.role().name().toLowerCase(Locale.ROOT));
            node.put("unit", u.unitCode().orElse(null));
            node.put("passwordHash", u.passwordHash());
            node.put("created", u.created().toString());
        });
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".users-", ".json.tmp");
        try {
            ownerOnly(temp);
            Files.write(temp, JSON.writeValueAsBytes(root));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + file + " cannot replace a file atomically", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Hashes are slow to attack, not impossible: other local users need not read them. */
    private static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
