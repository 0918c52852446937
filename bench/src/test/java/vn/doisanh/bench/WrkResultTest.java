package vn.doisanh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkResultTest {
    private static final String OUT = """
            Running 30s test @ http://127.0.0.1:7070/api/ranking
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    20.10ms    5.00ms  120.00ms   90.00%
                Req/Sec     1.60k   200.00     2.00k    70.00%
              Latency Distribution
                 50%   18.50ms
                 75%   22.00ms
                 90%  850.00us
                 99%    1.20s
              95000 requests in 30.00s, 100.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 4
            Requests/sec:   3166.50
            Transfer/sec:      3.33MB
            """;

    @Test
    void reads_throughput_percentiles_in_any_unit_and_every_error() {
        WrkResult r = WrkResult.parse(OUT);
        assertThat(r.requestsPerSecond()).isEqualTo(3166.50);
        assertThat(r.p50Ms()).isEqualTo(18.5);
        assertThat(r.p90Ms()).isEqualTo(0.85);
        assertThat(r.p99Ms()).isEqualTo(1200);
        assertThat(r.requests()).isEqualTo(95000);
        assertThat(r.errors()).isEqualTo(9);
    }
}
