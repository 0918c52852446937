package vn.doisanh.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * The warehouse the dashboard's tests run over: the real one, built by the real ETL from sample-data (the etl
 * module builds it into target/sample-warehouse during the same {@code mvn verify}). One per test JVM.
 */
public final class TestWarehouses {
    private static Warehouse city;

    private TestWarehouses() {
    }

    public static synchronized Warehouse city() {
        if (city == null) {
            Path data = Path.of(System.getProperty("doisanh.sample.warehouse", "../target/sample-warehouse"));
            if (!Files.isDirectory(data.resolve("current"))) {
                throw new IllegalStateException("no sample warehouse at " + data.toAbsolutePath() + ": run "
                        + "'mvn verify' from the project root (the etl module builds it from sample-data), or "
                        + "./doisanh etl --in sample-data --out target/sample-warehouse");
            }
            city = Warehouse.open(data);
        }
        return city;
    }
}
