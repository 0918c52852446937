package vn.doisanh.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.dashboard.auth.Role;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotManifest;
import vn.doisanh.warehouse.snapshot.SnapshotStore;

/** The routes over HTTP, behind the real sign-in, CSRF and role checks (the ETL here is a shell line). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;
    private UploadTestApp app;
    private final RecordingAudit audit = new RecordingAudit();
    private String older;
    private String newer;

    record Response(int status, JsonNode body) {
    }

    record Upload(String name, byte[] bytes) {
    }

    @BeforeEach
    void start() throws IOException {
        SnapshotStore store = new SnapshotStore(data);
        older = fakeSnapshot(store, Instant.parse("2026-11-01T00:00:00Z"), 100).id();
        Snapshot current = fakeSnapshot(store, Instant.parse("2026-11-20T00:00:00Z"), 120);
        newer = current.id();
        store.publish(current);
        EtlProcess etl = new EtlProcess(List.of("sh", "-c", "sleep 1; echo 'etl: boom' >&2; exit 3", "etl"),
                Path.of("").toAbsolutePath(), Map.of(), 10);
        UploadRoutes routes = UploadRoutes.create(data, etl, audit, UploadFixtures.NOVEMBER_2026);
        app = UploadTestApp.start(routes, data);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** A snapshot the store accepts (it never opens the database; the routes never do either). */
    private static Snapshot fakeSnapshot(SnapshotStore store, Instant at, long facts) throws IOException {
        Snapshot snapshot = store.create(at);
        Files.writeString(snapshot.database(), "not a database");
        new SnapshotManifest(snapshot.id(), at.toString(), "test", List.of(), Map.of("facts", facts, "reports", 3L,
                "units_loaded", 3L)).writeTo(snapshot);
        return snapshot;
    }

    private Response send(String method, String path, String role, String contentType, byte[] body) throws Exception {
        Optional<Role> as = "anonymous".equals(role) ? Optional.empty() : Optional.of(Role.valueOf(role));
        HttpRequest.Builder request = app.request(path, as)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        return new Response(response.statusCode(), json ? JSON.readTree(response.body()) : null);
    }

    private Response get(String path) throws Exception {
        return send("GET", path, "ANALYST", null, null);
    }

    private Response postJson(String path, String json) throws Exception {
        return send("POST", path, "ANALYST", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Response upload(Upload... files) throws Exception {
        String boundary = "----doisanh" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Upload file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/api/uploads", "ANALYST", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void POST_to_uploads_stores_a_file_once_under_its_content_hash() throws Exception {
        Response first = upload(new Upload("Hà Bắc.txt", UploadFixtures.haBac()));
        assertThat(first.status()).isEqualTo(200);
        JsonNode preview = first.body().at("/files/0");
        String sha = preview.get("sha256").asText();
        assertThat(preview.at("/verdict/status").asText()).isEqualTo("accepted");
        assertThat(preview.at("/unit/code").asText()).isEqualTo("10816");
        assertThat(data.resolve("landing").resolve(sha.substring(0, 2)).resolve(sha)).exists();

        Response again = upload(new Upload("copy.txt", UploadFixtures.haBac()));
        assertThat(again.body().at("/files/0/receivedBefore").asText()).isEqualTo("2026-11-27T03:00:00Z");
        assertThat(filesUnder(data.resolve("landing"))).filteredOn(p -> !p.toString().endsWith(".json")).hasSize(1);
        assertThat(audit.actions()).containsExactly("upload", "upload");
    }

    @Test
    void POST_to_given_sets_the_period_of_a_held_report_and_its_figures_come_under_it() throws Exception {
        byte[] text = "UBND XÃ HÀ BẮC\nBÁO CÁO\nTrung tâm đã tiếp nhận 1.234 hồ sơ thủ tục hành chính.\n"
                .getBytes(StandardCharsets.UTF_8);
        JsonNode held = upload(new Upload("khong-ky.txt", text)).body().at("/files/0");
        assertThat(held.at("/verdict/status").asText()).isEqualTo("held");
        assertThat(held.at("/verdict/code").asText()).isEqualTo("needs_period");
        assertThat(held.get("facts")).hasSize(1);
        String sha = held.get("sha256").asText();

        Response bad = postJson("/api/uploads/" + sha + "/given", "{\"period\": \"quý 5\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().at("/error/code").asText()).isEqualTo("bad_given");
        assertThat(bad.body().at("/error/message").asText()).contains("quý 5");
        assertThat(postJson("/api/uploads/" + sha + "/given", "{}").status()).isEqualTo(400);
        assertThat(postJson("/api/uploads/" + "0".repeat(64) + "/given", "{\"period\": \"2025-Q3\"}").status())
                .isEqualTo(404);

        Response given = postJson("/api/uploads/" + sha + "/given", "{\"period\": \"2025-Q3\"}");
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.body().at("/verdict/status").asText()).isEqualTo("accepted");
        assertThat(given.body().at("/periods/0/start").asText()).isEqualTo("2025-07-01");
        assertThat(given.body().at("/facts/0/value").asDouble()).isEqualTo(1234.0);
        assertThat(audit.actions()).containsExactly("upload", "upload_given");
    }

    @Test
    void POST_to_uploads_takes_several_files_and_judges_each() throws Exception {
        byte[] unknown = "UBND XÃ KHÔNG CÓ THẬT\nBÁO CÁO\nQuý III/2025\n".getBytes(StandardCharsets.UTF_8);
        byte[] binary = {0, 1, 2, 3, 0, 5, 0, 7, 8, 0, 0, 0};
        Response response = upload(new Upload("ha-bac.txt", UploadFixtures.haBac()), new Upload("x.txt", unknown),
                new Upload("y.bin", binary));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("files")).extracting(f -> f.at("/verdict/code").asText(null))
                .containsExactly(null, "needs_unit", "binary_file");
    }

    @Test
    void a_hostile_file_name_is_only_a_label_and_never_a_path() throws Exception {
        for (String name : List.of("../../etc/passwd", "..\\\\x.docx", "..%2F..%2Fevil.txt")) {
            byte[] bytes = ("UBND XÃ HÀ BẮC\nBÁO CÁO " + name + "\nQuý III/2025\n").getBytes(StandardCharsets.UTF_8);
            Response response = upload(new Upload(name, bytes));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().at("/files/0/name").asText()).doesNotContain("/", "\\");
        }
        Response nul = upload(new Upload("a\u0000b.txt", "UBND XÃ HÀ BẮC\nQuý III/2025\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(nul.status()).isIn(200, 400);
        if (nul.status() == 200) {
            assertThat(nul.body().at("/files/0/name").asText()).doesNotContain("\u0000");
        }
        List<Path> written = filesUnder(data).stream().filter(p -> !p.startsWith(data.resolve("snapshots")))
                .filter(p -> !List.of(".lock", "users.json", "users.json.lock", "audit.jsonl").contains(p.getFileName().toString()))
                .toList();
        assertThat(written).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{64}(\\.json)?"));
        assertThat(data.resolveSibling("etc")).doesNotExist();
    }

    @Test
    void a_file_over_20_MB_is_refused_with_413_and_the_reason_and_nothing_is_kept() throws Exception {
        byte[] big = new byte[(int) Uploads.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Response response = upload(new Upload("big.txt", big));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body().at("/error/code").asText()).isEqualTo("too_large");
        assertThat(response.body().at("/error/message").asText()).contains("20 MB");
        assertThat(filesUnder(data.resolve("landing"))).isEmpty();
    }

    @Test
    void POST_to_loads_refuses_unknown_and_rejected_files() throws Exception {
        assertThat(postJson("/api/loads", "{\"files\": [\"../../etc/passwd\"]}").body().at("/error/code").asText())
                .isEqualTo("unknown_file");
        assertThat(postJson("/api/loads", "{\"files\": []}").status()).isEqualTo(400);
        assertThat(postJson("/api/loads", "not json").body().at("/error/code").asText()).isEqualTo("bad_json");
        String rejected = upload(new Upload("x.txt", "UBND XÃ KHÔNG CÓ THẬT\nQuý III/2025\n"
                .getBytes(StandardCharsets.UTF_8))).body().at("/files/0/sha256").asText();
        Response refused = postJson("/api/loads", "{\"files\": [\"" + rejected + "\"]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/error/code").asText()).isEqualTo("not_accepted");
        assertThat(refused.body().at("/error/message").asText()).contains("x.txt");
    }

    @Test
    void POST_to_loads_starts_a_load_that_the_history_follows_to_its_end() throws Exception {
        String sha = upload(new Upload("Hà Bắc.txt", UploadFixtures.haBac())).body().at("/files/0/sha256").asText();
        Response started = postJson("/api/loads", "{\"files\": [\"" + sha + "\"]}");
        assertThat(started.status()).isEqualTo(202);
        String id = started.body().get("id").asText();
        assertThat(started.body().get("status").asText()).isEqualTo("running");
        assertThat(started.body().at("/before/id").asText()).isEqualTo(newer);

        Response busy = postJson("/api/loads", "{\"files\": [\"" + sha + "\"]}");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.body().at("/error/code").asText()).isEqualTo("busy");

        JsonNode load = get("/api/loads/" + id).body();
        for (int i = 0; i < 100 && load.get("status").asText().equals("running"); i++) {
            Thread.sleep(100);
            load = get("/api/loads/" + id).body();
        }
        assertThat(load.get("status").asText()).isEqualTo("failed");
        assertThat(load.get("error").asText()).contains("etl: boom");
        assertThat(load.at("/files/0/unitCode").asText()).isEqualTo("10816");
        assertThat(load.at("/files/0/originalName").asText()).isEqualTo("Hà Bắc.txt");
        assertThat(load.at("/before/counts/facts").asLong()).isEqualTo(120);
        JsonNode history = get("/api/loads").body();
        assertThat(history.get("loads")).extracting(l -> l.get("id").asText()).contains(id);
        assertThat(get("/api/loads/nope").status()).isEqualTo(404);
        assertThat(new SnapshotStore(data).current().orElseThrow().id()).isEqualTo(newer);
    }

    @Test
    void GET_snapshots_lists_the_kept_ones_and_restore_publishes_one_again() throws Exception {
        JsonNode snapshots = get("/api/snapshots").body();
        assertThat(snapshots.get("current").asText()).isEqualTo(newer);
        assertThat(snapshots.get("snapshots")).extracting(s -> s.get("id").asText()).containsExactly(newer, older);
        assertThat(snapshots.at("/snapshots/1/counts/facts").asLong()).isEqualTo(100);

        Response restored = send("POST", "/api/snapshots/" + older + "/restore", "ANALYST", null, null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.body().get("kind").asText()).isEqualTo("restore");
        assertThat(restored.body().at("/after/id").asText()).isEqualTo(older);
        assertThat(new SnapshotStore(data).current().orElseThrow().id()).isEqualTo(older);
        assertThat(get("/api/loads").body().at("/loads/0/kind").asText()).isEqualTo("restore");
        assertThat(audit.actions()).contains("restore");

        assertThat(send("POST", "/api/snapshots/nope/restore", "ANALYST", null, null).status()).isEqualTo(404);
        assertThat(send("POST", "/api/snapshots/..%2F..%2Fetc/restore", "ANALYST", null, null).status()).isEqualTo(404);
    }

    @Test
    void a_leader_or_an_anonymous_user_reaches_none_of_the_routes() throws Exception {
        List<String[]> routes = List.of(new String[] {"GET", "/uploads"}, new String[] {"POST", "/api/uploads"},
                new String[] {"GET", "/api/loads"}, new String[] {"POST", "/api/loads"},
                new String[] {"GET", "/api/loads/x"}, new String[] {"GET", "/api/snapshots"},
                new String[] {"POST", "/api/snapshots/" + older + "/restore"},
                new String[] {"POST", "/api/uploads/" + "0".repeat(64) + "/given"});
        for (String[] route : routes) {
            assertThat(send(route[0], route[1], "LEADER", null, null).status()).as(route[1]).isEqualTo(403);
            assertThat(send(route[0], route[1], "ADMIN", null, null).status()).as(route[1]).isEqualTo(403);
            // a page sends the anonymous browser to sign in; the API answers 401
            assertThat(send(route[0], route[1], "anonymous", null, null).status()).as(route[1])
                    .isEqualTo(route[1].startsWith("/api/") ? 401 : 302);
        }
        assertThat(new SnapshotStore(data).current().orElseThrow().id()).isEqualTo(newer);
    }

    @Test
    void GET_uploads_serves_the_page_to_an_analyst() throws Exception {
        HttpResponse<String> page = HTTP.send(app.request("/uploads", Optional.of(Role.ANALYST)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/assets/js/pages/uploads.js").doesNotContain("<script>", "style=");
    }
}
