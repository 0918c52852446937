package vn.doisanh.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.doisanh.warehouse.query.Warehouse;

/**
 * The warehouse the export tests read: the real one, built by the real ETL from sample-data (the etl module builds
 * it into target/sample-warehouse during the same {@code mvn verify}). Opened once per test JVM, and Hà Bắc's two
 * packs are made once and shared, which keeps the suite fast.
 */
public final class SampleWarehouse {
    public static final String HA_BAC = "10816";
    private static Warehouse city;
    private static byte[] pptx;
    private static byte[] pdf;

    private SampleWarehouse() {
    }

    public static synchronized Warehouse city() {
        if (city == null) {
            Path data = dataDir();
            if (!Files.isDirectory(data.resolve("current"))) {
                throw new IllegalStateException("no sample warehouse at " + data.toAbsolutePath() + ": run "
                        + "'mvn verify' from the project root (the etl module builds it from sample-data), or "
                        + "./doisanh etl --in sample-data --out target/sample-warehouse --fresh --keep 1");
            }
            city = Warehouse.open(data);
        }
        return city;
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("doisanh.sample.warehouse", "../target/sample-warehouse"));
    }

    public static synchronized byte[] haBacPptx() {
        if (pptx == null) {
            pptx = bytes(out -> MeetingPack.pptx(city(), HA_BAC, Optional.empty(), out));
        }
        return pptx;
    }

    public static synchronized byte[] haBacPdf() {
        if (pdf == null) {
            pdf = bytes(out -> MeetingPack.pdf(city(), HA_BAC, Optional.empty(), out));
        }
        return pdf;
    }

    /** Writes something to memory. */
    @FunctionalInterface
    public interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    public static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
