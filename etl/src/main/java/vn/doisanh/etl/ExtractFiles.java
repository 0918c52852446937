package vn.doisanh.etl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/**
 * Runs on the executors: reads each file of a partition through Hadoop (any file system), extracts it, checks it
 * against catalogue and registry, and returns rows. A file that cannot be extracted is quarantined with the
 * extractor's code and reason; an unexpected failure of the extractor on one file quarantines that file only
 * ({@code extractor_failure}) instead of failing the whole run.
 */
final class ExtractFiles implements FlatMapFunction<Iterator<SourceFile>, FileOutcome> {
    private final Broadcast<SerializableConfiguration> hadoopConf;
    /** --unit (a code, checked on the driver) and --period as given: plain text, since Optional does not serialise. */
    private final String givenUnit;
    private final String givenPeriod;

    /**
     * @param hadoopConf the driver's Hadoop configuration, broadcast once: each executor deserialises it once
     *     (plain properties, no XML), where {@code new Configuration()} per partition re-parsed the XML defaults
     *     from the jar for every task, and it carries the job's {@code spark.hadoop.*} settings to the executors.
     */
    ExtractFiles(Broadcast<SerializableConfiguration> hadoopConf, String givenUnit, String givenPeriod) {
        this.hadoopConf = hadoopConf;
        this.givenUnit = givenUnit;
        this.givenPeriod = givenPeriod;
    }

    @Override
    public Iterator<FileOutcome> call(Iterator<SourceFile> files) {
        ReportExtractor extractor = Extractors.extractor();
        Conformance conformance = new Conformance(extractor.catalogue(), Extractors.registry());
        // A copy per partition (a clone of the properties, no parsing): tasks run in parallel on one executor and
        // Configuration is not safe to share for writes; file systems may keep and change the one they get.
        Configuration hadoop = new Configuration(hadoopConf.value().value());
        FileHints given = new FileHints(java.util.Optional.ofNullable(givenUnit),
                java.util.Optional.ofNullable(givenPeriod).map(FileHints::parsePeriod));
        List<FileOutcome> outcomes = new ArrayList<>();
        while (files.hasNext()) {
            SourceFile file = files.next();
            byte[] bytes;
            try {
                bytes = read(file, hadoop);
            } catch (UncheckedIOException e) {
                FileOutcome unreadable = FileOutcome.empty();
                unreadable.quarantine().add(OutcomeRows.quarantine(file.displayPath(), null, "unreadable_file",
                        "cannot read the file: " + e.getCause().getMessage(), null, null, null));
                outcomes.add(unreadable);
                continue;
            }
            outcomes.add(extract(file, bytes, extractor, conformance, given));
        }
        return outcomes.iterator();
    }

    static FileOutcome extract(SourceFile file, byte[] bytes, ReportExtractor extractor, Conformance conformance) {
        return extract(file, bytes, extractor, conformance, FileHints.NONE);
    }

    /** {@code given}: the job's --unit and --period, for reports whose text, folder and manifest say neither. */
    static FileOutcome extract(SourceFile file, byte[] bytes, ReportExtractor extractor, Conformance conformance,
            FileHints given) {
        FileOutcome outcome = FileOutcome.empty();
        String name = file.displayPath();
        FileHints hints = hints(file).orElse(given);
        List<Extraction> extractions;
        try {
            extractions = extractor.extract(name, bytes, hints);
        } catch (ExtractionException e) {
            String reason = e.getMessage().startsWith(name + ": ") ? e.getMessage().substring(name.length() + 2)
                    : e.getMessage();
            outcome.quarantine().add(OutcomeRows.quarantine(name, sha256(bytes), e.code(), reason, null, null, null));
            return outcome;
        } catch (RuntimeException e) {
            outcome.quarantine().add(OutcomeRows.quarantine(name, sha256(bytes), "extractor_failure",
                    "the extractor failed on this file: " + e, null, null, null));
            return outcome;
        }
        Instant modifiedAt = Instant.ofEpochMilli(file.modifiedAtMillis());
        for (Extraction extraction : extractions) {
            if (extraction.held()) {
                outcome.quarantine().add(held(extraction, name));
                continue;
            }
            add(outcome, extraction, conformance.check(extraction), name, extraction.reportDate(), modifiedAt);
            folderCheck(hints, extraction).ifPresent(w -> outcome.warnings().add(OutcomeRows.warning(extraction, name,
                    w, "etl")));
        }
        return outcome;
    }

    /**
     * A report with no unit or no period cannot be ranked or compared, but is not refused: quarantined under its
     * status with its figures counted, it loads once a unit folder, period folder or manifest line says it.
     */
    private static Row held(Extraction e, String name) {
        String reason = e.warnings().stream().filter(w -> w.code().equals(e.status())).map(Warning::message)
                .findFirst().orElse(e.status()) + " (" + e.facts().size() + " figures read)";
        return OutcomeRows.quarantine(name, e.sha256(), e.status(), reason, e.unit() == null ? null : e.unit().code(),
                null, null);
    }

    private static void add(FileOutcome outcome, Extraction e, Conformance.Result checked, String name,
            java.time.LocalDate reportDate, Instant modifiedAt) {
        String unit = e.unit().code();
        String period = e.period().key();
        for (Conformance.Rejection r : checked.rejectedFacts()) {
            outcome.quarantine().add(OutcomeRows.quarantine(name, e.sha256(), r.code(), r.reason(), unit, period,
                    r.indicator()));
        }
        if (checked.whole().isPresent()) {
            Conformance.Rejection r = checked.whole().get();
            outcome.quarantine().add(OutcomeRows.quarantine(name, e.sha256(), r.code(), r.reason(), unit, period,
                    null));
            return;
        }
        outcome.reports().add(OutcomeRows.report(e, name, reportDate, modifiedAt, checked.accepted().size()));
        for (Fact fact : checked.accepted()) {
            outcome.facts().add(OutcomeRows.fact(e, name, fact));
        }
        for (Warning warning : e.warnings()) {
            outcome.warnings().add(OutcomeRows.warning(e, name, warning, "extractor"));
        }
        if (e.ledger().seen() > 0) {
            outcome.reading().add(OutcomeRows.reading(e, name));
            e.ledger().unreadEntries().forEach(entry -> outcome.unreadNumbers().add(OutcomeRows.unread(e, name, entry)));
        }
    }

    /**
     * A report filed under another unit's code folder: loaded for the unit its text names (the folder may be
     * misfiled mail), but flagged, since a misread unit name would look exactly like this.
     */
    private static java.util.Optional<Warning> folderCheck(FileHints hints, Extraction e) {
        return hints.unitCode().filter(code -> !code.equals(e.unit().code())).map(code -> new Warning(
                "unit_differs_from_folder", "the text names " + e.unit().name() + " (" + e.unit().code()
                        + ") but the file sits in folder " + code, List.of(), null,
                Warning.args("unit", e.unit().name(), "unitCode", e.unit().code(), "folder", code)));
    }

    /** Unit and period hints from the folders (and, on a local disk, a manifest.csv beside the file). */
    private static FileHints hints(SourceFile file) {
        return FileHints.of(Path.of(new org.apache.hadoop.fs.Path(file.path()).toUri().getPath()));
    }

    private static byte[] read(SourceFile file, Configuration hadoop) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            try (InputStream in = fs.open(path)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
