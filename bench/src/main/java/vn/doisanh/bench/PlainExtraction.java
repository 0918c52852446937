package vn.doisanh.bench;

import java.nio.file.Path;
import java.util.List;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.ReportFiles;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.units.UnitRegistry;

/** The ETL's baseline: the same files through one extractor on one plain thread, no Spark, nothing written. */
public final class PlainExtraction {
    private PlainExtraction() {
    }

    /** Seconds to extract every report under {@code dir}. */
    public static double seconds(Path dir, Path extraRegistry) {
        ReportExtractor extractor = new ReportExtractor(Catalogue.load(), UnitRegistry.load(extraRegistry));
        List<Path> files = ReportFiles.under(List.of(dir));
        long start = System.nanoTime();
        long sink = 0;
        for (Path file : files) {
            try {
                sink += extractor.extract(file).size();
            } catch (ExtractionException e) {
                sink++;
            }
        }
        Blackhole.consume(sink);
        return (System.nanoTime() - start) / 1e9;
    }
}
