package vn.doisanh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.doisanh.dashboard.auth.UserStore;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void serve_refuses_to_start_without_any_user_and_says_how_to_add_one() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new CommandLine(new ServeCommand()).execute("--data", data.toString(), "--port", "0");
        } finally {
            System.setErr(original);
        }
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no user accounts").contains("./doisanh user add")
                .contains("--public-read-only");
    }

    @Test
    void a_broken_users_file_is_a_refusal_too() throws Exception {
        Files.writeString(data.resolve("users.json"), "not json");
        assertThat(ServeCommand.refusalWithoutUsers(UserStore.in(data))).contains("users.json");
    }
}
