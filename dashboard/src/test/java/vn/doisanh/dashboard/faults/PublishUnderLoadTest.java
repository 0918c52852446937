package vn.doisanh.dashboard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.doisanh.dashboard.DashboardApp;
import vn.doisanh.warehouse.query.Warehouse;
import vn.doisanh.warehouse.snapshot.Snapshot;
import vn.doisanh.warehouse.snapshot.SnapshotStore;
import vn.doisanh.warehouse.sql.DuckDb;

/**
 * The real app over a data folder with two complete snapshots of different content, hammered by client threads
 * while {@code current} is switched between them: every answer must be 200 and, for JSON, exactly the answer of
 * the snapshot it names (never values of one snapshot under the other's name). {@code -Dpublish.count=N}.
 */
class PublishUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 6;
    private static final List<String> PATHS = List.of(
            "/api/ranking?indicator=on_time_rate_pct",
            "/api/ranking?indicator=population",
            "/api/units/10816/profile",
            "/api/compare?units=10816,11560,11635",
            "/api/quality",
            "/api/meta",
            "/");

    @TempDir
    Path data;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void switching_current_under_load_fails_no_request_and_every_answer_comes_from_one_snapshot() throws Exception {
        int publishes = Integer.getInteger("publish.count", 200);
        SnapshotStore store = new SnapshotStore(data);
        Snapshot a = copyOfTheSampleWarehouse(store, Instant.parse("2026-01-01T00:00:00Z"));
        Snapshot b = copyOfTheSampleWarehouse(store, Instant.parse("2026-01-02T00:00:00Z"));
        changeTheContent(b);
        store.publish(a);

        try (Warehouse warehouse = Warehouse.open(data)) {
            Javalin app = DashboardApp.create(warehouse).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                Map<String, Map<String, JsonNode>> expected = new HashMap<>();
                for (Snapshot snapshot : List.of(a, b)) {
                    store.publish(snapshot);
                    Map<String, JsonNode> answers = new HashMap<>();
                    for (String path : PATHS) {
                        HttpResponse<String> response = get(http, base + path);
                        assertThat(response.statusCode()).as(path).isEqualTo(200);
                        answers.put(path, path.startsWith("/api/") ? JSON.readTree(response.body()) : null);
                    }
                    expected.put(snapshot.id(), answers);
                }
                assertThat(expected.get(a.id()).get(PATHS.get(0))).isNotEqualTo(expected.get(b.id()).get(PATHS.get(0)));

                Load load = hammer(http, base, expected, () -> {
                    for (int i = 0; i < publishes; i++) {
                        store.publish(i % 2 == 0 ? a : b);
                        Thread.sleep(40);
                    }
                    return publishes;
                });
                System.out.printf("[publish-under-load] %d requests from %d clients, %d failed, %d publishes, "
                        + "answers per snapshot %s%n", load.requests, CLIENTS, load.failures.size(), publishes,
                        load.perSnapshot);
                assertThat(load.failures).as("failed requests").isEmpty();
                assertThat(load.requests).isGreaterThan(100);
                assertThat(load.perSnapshot).containsOnlyKeys(a.id(), b.id());
            } finally {
                app.stop();
            }
        }
    }

    private record Load(int requests, List<String> failures, Map<String, Integer> perSnapshot) {
    }

    /** Client threads loop over the paths until the publisher is done; every answer is checked. */
    private static Load hammer(HttpClient http, String base, Map<String, Map<String, JsonNode>> expected,
            java.util.concurrent.Callable<Integer> publisher) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> perSnapshot = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                running.add(clients.submit(() -> {
                    for (int i = offset; !done.get() && failures.size() < 20; i++) {
                        String path = PATHS.get(i % PATHS.size());
                        requests.incrementAndGet();
                        try {
                            HttpResponse<String> response = get(http, base + path);
                            String problem = check(path, response, expected, perSnapshot);
                            if (problem != null) {
                                failures.add(path + ": " + problem);
                            }
                        } catch (Exception e) {
                            failures.add(path + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            try {
                publisher.call();
            } finally {
                done.set(true);
            }
            for (Future<?> client : running) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        return new Load(requests.get(), List.copyOf(failures), Map.copyOf(perSnapshot));
    }

    /** Null if the answer is whole: 200, and for JSON exactly what the snapshot it names answered alone. */
    private static String check(String path, HttpResponse<String> response, Map<String, Map<String, JsonNode>> expected,
            Map<String, Integer> perSnapshot) throws IOException {
        if (response.statusCode() != 200) {
            return "status " + response.statusCode() + " " + abbreviate(response.body());
        }
        if (!path.startsWith("/api/")) {
            return response.body().contains("</html>") ? null : "not a whole page: " + abbreviate(response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        String id = body.at("/snapshot/id").asText();
        if (!expected.containsKey(id)) {
            return "names no known snapshot: " + abbreviate(response.body());
        }
        perSnapshot.merge(id, 1, Integer::sum);
        return body.equals(expected.get(id).get(path)) ? null
                : "differs from snapshot " + id + "'s own answer: " + abbreviate(response.body());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A new snapshot folder holding a copy of the sample warehouse's published snapshot. */
    private static Snapshot copyOfTheSampleWarehouse(SnapshotStore store, Instant at) throws IOException {
        Path sample = Path.of(System.getProperty("doisanh.sample.warehouse", "../target/sample-warehouse"));
        Path source = new SnapshotStore(sample).current().orElseThrow(() -> new IllegalStateException(
                "no sample warehouse at " + sample.toAbsolutePath() + " (mvn verify builds it in the etl module)"))
                .dir();
        Snapshot copy = store.create(at);
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.sorted().toList()) {
                Path target = copy.dir().resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return copy;
    }

    /** Other names, doubled values and its own build time: an answer mixing the two snapshots shows. */
    private static void changeTheContent(Snapshot snapshot) throws Exception {
        try (Connection connection = DuckDb.open(snapshot.database(), false);
                Statement sql = connection.createStatement()) {
            sql.execute("UPDATE int_units SET unit_name = unit_name || ' (B)'");
            sql.execute("UPDATE mart_rankings SET value = value * 2, city_median = city_median * 2");
            sql.execute("UPDATE mart_indicator_stats SET min = min * 2, p25 = p25 * 2, median = median * 2, "
                    + "p75 = p75 * 2, max = max * 2, mean = mean * 2");
            sql.execute("UPDATE snapshot_info SET snapshot_id = '" + snapshot.id() + "', "
                    + "built_at = built_at + INTERVAL 1 DAY");
        }
    }
}
