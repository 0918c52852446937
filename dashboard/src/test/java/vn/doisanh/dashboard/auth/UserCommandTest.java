package vn.doisanh.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UserCommandTest {
    @TempDir
    Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Deque<String> typed = new ArrayDeque<>();

    private int run(String stdin, String... args) {
        UserCommand command = new UserCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                prompt -> typed.isEmpty() ? null : typed.pop().toCharArray(), PasswordHasher.MIN_STRENGTH,
                new MutableClock(Instant.parse("2026-11-27T08:00:00Z")));
        return new CommandLine(command).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] args(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return all;
    }

    @Test
    void add_list_and_remove_an_analyst_with_the_password_from_stdin() throws Exception {
        assertThat(run("mat-khau-dai-du-10\n", args("add", "phantich", "--role", "analyst", "--password-stdin"))).isZero();
        assertThat(out()).contains("added phantich (analyst)");
        User stored = UserStore.in(data).find("phantich").orElseThrow();
        assertThat(new PasswordHasher(10).matches("mat-khau-dai-du-10", stored.passwordHash())).isTrue();

        assertThat(run("", args("list"))).isZero();
        assertThat(out()).contains("phantich").contains("analyst").doesNotContain("$2a$");

        assertThat(run("", args("remove", "PhanTich"))).isZero();
        assertThat(UserStore.in(data).isEmpty()).isTrue();
        assertThat(Files.readAllLines(data.resolve("audit.jsonl")))
                .satisfiesExactly(
                        line -> assertThat(line).contains("\"action\":\"user_add\"").contains("\"via\":\"cli\""),
                        line -> assertThat(line).contains("\"action\":\"user_remove\"").contains("phantich"));
    }

    @Test
    void a_leaders_unit_is_found_by_name_whatever_the_diacritics_and_prefix() {
        assertThat(run("mat-khau-dai-du-10\n", args("add", "habac", "--role", "LEADER", "--unit", "xa ha bac", "--password-stdin"))).isZero();
        assertThat(UserStore.in(data).find("habac").orElseThrow().unitCode()).contains("10816");
        assertThat(run("", args("list"))).isZero();
        assertThat(out()).contains("10816 Xã Hà Bắc");
    }

    @Test
    void an_unknown_unit_is_refused_with_the_nearest_names() {
        assertThat(run("mat-khau-dai-du-10\n", args("add", "habac", "--role", "leader", "--unit", "Hà Bắcc", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("unknown unit 'Hà Bắcc'").contains("Hà Bắc (10816)");
        assertThat(run("mat-khau-dai-du-10\n", args("add", "habac", "--role", "leader", "--unit", "99999", "--password-stdin"))).isEqualTo(1);
        assertThat(UserStore.in(data).isEmpty()).isTrue();
    }

    @Test
    void a_leader_without_a_unit_and_an_analyst_with_one_are_refused() {
        assertThat(run("mat-khau-dai-du-10\n", args("add", "habac", "--role", "leader", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("--unit");
        assertThat(run("mat-khau-dai-du-10\n", args("add", "phantich", "--role", "analyst", "--unit", "10816", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("only a leader");
        assertThat(run("mat-khau-dai-du-10\n", args("add", "phantich", "--role", "boss", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("unknown role 'boss'");
    }

    @Test
    void a_short_password_is_refused() {
        assertThat(run("ngan\n", args("add", "phantich", "--role", "analyst", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("at least 10 characters");
        assertThat(UserStore.in(data).isEmpty()).isTrue();
    }

    @Test
    void a_duplicate_name_is_refused_whatever_its_case() {
        assertThat(run("mat-khau-dai-du-10\n", args("add", "phantich", "--role", "analyst", "--password-stdin"))).isZero();
        assertThat(run("mat-khau-dai-du-10\n", args("add", "PHANTICH", "--role", "admin", "--password-stdin"))).isEqualTo(1);
        assertThat(err()).contains("already exists");
        assertThat(UserStore.in(data).list()).hasSize(1);
    }

    @Test
    void the_terminal_asks_twice_and_two_different_answers_are_refused() {
        typed.addAll(List.of("mat-khau-dai-du-10", "mat-khau-dai-du-11"));
        assertThat(run("", args("add", "quantri", "--role", "admin"))).isEqualTo(1);
        assertThat(err()).contains("differ");
        typed.addAll(List.of("mat-khau-dai-du-10", "mat-khau-dai-du-10"));
        assertThat(run("", args("add", "quantri", "--role", "admin"))).isZero();
    }

    @Test
    void without_a_terminal_or_stdin_the_password_is_not_guessed() {
        assertThat(run("", args("add", "quantri", "--role", "admin"))).isEqualTo(1);
        assertThat(err()).contains("--password-stdin");
    }

    @Test
    void the_password_is_never_an_argument() {
        assertThat(run("", args("add", "quantri", "--role", "admin", "--password", "mat-khau-dai-du-10"))).isEqualTo(2);
        assertThat(UserStore.in(data).isEmpty()).isTrue();
    }

    @Test
    void removing_an_unknown_user_fails() {
        assertThat(run("", args("remove", "khongco"))).isEqualTo(1);
        assertThat(err()).contains("no user 'khongco'");
    }

    @Test
    void demo_makes_the_three_demo_accounts_with_new_passwords_each_run() {
        assertThat(run("", args("demo"))).isZero();
        String first = out();
        assertThat(first).contains("demo").contains("phantich").contains("habac").contains("quantri").contains("Hà Bắc");
        Pattern line = Pattern.compile("^\\s+(\\S+)\\s+(analyst|leader|admin)\\s+(\\S{16})", Pattern.MULTILINE);
        Matcher m = line.matcher(first);
        PasswordHasher hasher = new PasswordHasher(10);
        int accounts = 0;
        while (m.find()) {
            User user = UserStore.in(data).find(m.group(1)).orElseThrow();
            assertThat(hasher.matches(m.group(3), user.passwordHash())).as(m.group(1)).isTrue();
            accounts++;
        }
        assertThat(accounts).isEqualTo(3);
        assertThat(UserStore.in(data).find("habac").orElseThrow().unitCode()).contains("10816");

        out.reset();
        assertThat(run("", args("demo"))).isZero();
        assertThat(out()).isNotEqualTo(first);
        assertThat(UserStore.in(data).list()).hasSize(3);
    }
}
