package vn.doisanh.dashboard.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitMatch;
import vn.doisanh.units.UnitRegistry;

/**
 * {@code doisanh user add|remove|list|demo}: the accounts of a data folder's users.json. A password is read from
 * standard input ({@code --password-stdin}) or asked twice on the terminal, never taken from an argument, where
 * it would stay in the shell history and the process list.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the dashboard's user accounts (<data>/users.json).",
        subcommandsRepeatable = false)
public final class UserCommand implements Callable<Integer> {
    /** The demo accounts: the three roles, the leader bound to Hà Bắc (the unit with the one real report). */
    static final List<String[]> DEMO = List.of(
            new String[] {"phantich", "analyst", null},
            new String[] {"habac", "leader", "10816"},
            new String[] {"quantri", "admin", null});
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Asks for a password on the terminal without echo; null when there is no terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char[] ask(String prompt);
    }

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final PasswordPrompt prompt;
    private final int strength;
    private final Clock clock;

    public UserCommand() {
        this(System.in, System.out, System.err, UserCommand::consolePrompt, PasswordHasher.DEFAULT_STRENGTH, Clock.systemUTC());
    }

    public UserCommand(InputStream in, PrintStream out, PrintStream err, PasswordPrompt prompt, int strength, Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.prompt = prompt;
        this.strength = strength;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        err.println("user: say what to do: add, remove, list or demo (./doisanh user --help)");
        return 2;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    int add(@Parameters(paramLabel = "NAME", description = "User name: 2-64 letters, digits or . _ - @") String name,
            @Option(names = "--role", required = true, paramLabel = "analyst|leader|admin",
                    description = "analyst: everything, uploads and loads; leader: reads with their unit selected; "
                            + "admin: users and reads") String roleText,
            @Option(names = "--unit", paramLabel = "CODE|NAME", description = "A leader's unit: code or name (10816, \"Hà Bắc\")")
            String unitText,
            @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
            boolean passwordStdin,
            @Option(names = "--data", defaultValue = "data", description = "The data folder (default: ${DEFAULT-VALUE}).")
            Path data) {
        try {
            String username = Usernames.normalise(name);
            Role role = parseRole(roleText);
            Optional<String> unit = unitFor(role, unitText);
            UserStore store = UserStore.in(data);
            if (store.find(username).isPresent()) {
                throw new IllegalArgumentException("user '" + username + "' already exists in " + store.file()
                        + " (remove it first to change it)");
            }
            String password = password(passwordStdin);
            User user = new User(username, role, unit, new PasswordHasher(strength).hash(password), clock.instant());
            store.add(user);
            audit(data, "user_add", user);
            out.println("added " + describe(user) + " to " + store.file());
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("user add: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account; its sessions end.")
    int remove(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--data", defaultValue = "data", description = "The data folder (default: ${DEFAULT-VALUE}).")
               Path data) {
        try {
            UserStore store = UserStore.in(data);
            Optional<User> user = store.find(name);
            if (user.isEmpty() || !store.remove(name)) {
                err.println("user remove: no user '" + Usernames.key(name) + "' in " + store.file());
                return 1;
            }
            audit(data, "user_remove", user.get());
            out.println("removed " + user.get().username());
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("user remove: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts (never their hashes).")
    int list(@Option(names = "--data", defaultValue = "data", description = "The data folder (default: ${DEFAULT-VALUE}).")
             Path data) {
        try {
            List<User> users = UserStore.in(data).list();
            if (users.isEmpty()) {
                out.println("no users in " + UserStore.in(data).file() + " (./doisanh user add NAME --role ...)");
                return 0;
            }
            UnitRegistry registry = UnitRegistry.load();
            out.printf("%-24s %-8s %-30s %s%n", "user", "role", "unit", "created");
            for (User u : users) {
                String unit = u.unitCode().map(code -> code + " " + registry.byCode(code).map(Unit::name).orElse("?")).orElse("");
                out.printf("%-24s %-8s %-30s %s%n", u.username(), roleName(u.role()), unit, u.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("user list: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Create (or renew) the demo accounts with new random passwords and print them once.")
    int demo(@Option(names = "--data", defaultValue = "data", description = "The data folder (default: ${DEFAULT-VALUE}).")
             Path data) {
        try {
            UserStore store = UserStore.in(data);
            PasswordHasher hasher = new PasswordHasher(strength);
            UnitRegistry registry = UnitRegistry.load();
            out.println("Demo accounts (tài khoản dùng thử) — new passwords on every run, shown only now:");
            for (String[] demo : DEMO) {
                Role role = parseRole(demo[1]);
                String password = randomPassword();
                User user = new User(demo[0], role, Optional.ofNullable(demo[2]), hasher.hash(password), clock.instant());
                store.put(user);
                audit(data, "user_add", user);
                String unit = user.unitCode().map(c -> "  (" + registry.byCode(c).map(Unit::name).orElse(c) + ", " + c + ")").orElse("");
                out.printf("  %-10s %-8s %s%s%n", user.username(), roleName(role), password, unit);
            }
            out.println("These are demo accounts for trying the dashboard: remove them (./doisanh user remove NAME) "
                    + "before real use.");
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            err.println("user demo: " + e.getMessage());
            return 1;
        }
    }

    static Role parseRole(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + text + "': analyst, leader or admin");
        }
    }

    /** A leader's unit from the registry (code or name, any case or diacritics); nobody else has one. */
    static Optional<String> unitFor(Role role, String unitText) {
        if (role != Role.LEADER) {
            if (unitText != null) {
                throw new IllegalArgumentException("only a leader is bound to a unit: drop --unit for role "
                        + roleName(role));
            }
            return Optional.empty();
        }
        if (unitText == null || unitText.isBlank()) {
            throw new IllegalArgumentException("a leader is bound to one unit: give --unit CODE or NAME");
        }
        UnitRegistry registry = UnitRegistry.load();
        Optional<Unit> byCode = registry.byCode(unitText.strip());
        if (byCode.isPresent()) {
            return Optional.of(byCode.get().code());
        }
        UnitMatch match = registry.match(unitText);
        if (match instanceof UnitMatch.Found found) {
            return Optional.of(found.unit().code());
        }
        if (match instanceof UnitMatch.Ambiguous ambiguous) {
            throw new IllegalArgumentException("unit '" + unitText + "' could be " + names(ambiguous.candidates())
                    + ": give the code");
        }
        throw new IllegalArgumentException("unknown unit '" + unitText + "'; nearest: " + names(registry.nearest(unitText, 3)));
    }

    private static String names(List<Unit> units) {
        return units.stream().map(u -> u.name() + " (" + u.code() + ")").collect(Collectors.joining(", "));
    }

    private String password(boolean fromStdin) {
        String password;
        if (fromStdin) {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password from standard input", e);
            }
            if (password == null) {
                throw new IllegalArgumentException("no password on standard input");
            }
        } else {
            char[] first = prompt.ask("Password (at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters): ");
            if (first == null) {
                throw new IllegalArgumentException("no terminal to ask for the password: pipe it with --password-stdin");
            }
            char[] second = prompt.ask("Password again: ");
            if (second == null || !new String(first).equals(new String(second))) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            password = new String(first);
        }
        PasswordHasher.checkAcceptable(password);
        return password;
    }

    private String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private void audit(Path data, String action, User user) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", user.username());
        details.put("role", roleName(user.role()));
        details.put("unit", user.unitCode().orElse(null));
        details.put("via", "cli");
        details.put("osUser", System.getProperty("user.name"));
        new JsonLinesAuditLog(data.resolve(JsonLinesAuditLog.FILE_NAME), clock).record(action, Optional.empty(), details);
    }

    private static String describe(User user) {
        return user.username() + " (" + roleName(user.role()) + user.unitCode().map(c -> ", unit " + c).orElse("") + ")";
    }

    static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static char[] consolePrompt(String text) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", text);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new UserCommand()).execute(args));
    }
}
