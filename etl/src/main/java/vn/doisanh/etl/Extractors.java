package vn.doisanh.etl;

import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.units.UnitRegistry;

/**
 * One extractor and registry per executor JVM, made on first use there: ReportExtractor is thread-safe but not
 * Serializable and costly to build (rule tables), so it must never travel inside a Spark closure.
 */
final class Extractors {
    private static volatile ReportExtractor extractor;
    private static volatile UnitRegistry registry;

    private Extractors() {
    }

    static ReportExtractor extractor() {
        if (extractor == null) {
            synchronized (Extractors.class) {
                if (extractor == null) {
                    extractor = ReportExtractor.standard();
                }
            }
        }
        return extractor;
    }

    static UnitRegistry registry() {
        if (registry == null) {
            synchronized (Extractors.class) {
                if (registry == null) {
                    registry = UnitRegistry.load();
                }
            }
        }
        return registry;
    }
}
