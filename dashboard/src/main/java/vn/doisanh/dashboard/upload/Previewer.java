package vn.doisanh.dashboard.upload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.meta.GivenHints;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.model.UnitRef;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;

/**
 * Reads a landed file with the ETL's own extractor and judges it: accepted, or rejected with the reason (the
 * extractor's error, two units in one file, a period that has not begun). The file is read as the ETL will see it,
 * {@code <sha256>.<format>} in a folder that says nothing, so no folder or manifest hint helps here either.
 */
public final class Previewer {
    /** Reports are dated in Vietnam: "today" is Hanoi's date, whatever the server's zone. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportExtractor extractor;
    private final Clock clock;

    public Previewer(ReportExtractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    public UploadPreview preview(LandedFile file, byte[] bytes, Optional<String> receivedBefore) {
        return preview(file, bytes, receivedBefore, Optional.empty());
    }

    /** {@code given}: the unit or period an analyst gave for a report that names none. */
    public UploadPreview preview(LandedFile file, byte[] bytes, Optional<String> receivedBefore,
            Optional<LandingZone.Given> given) {
        List<Extraction> extractions;
        try {
            extractions = extractor.extract(file.fileName(), bytes, given.map(Previewer::hints).orElse(FileHints.NONE));
        } catch (ExtractionException e) {
            return build(file, receivedBefore, List.of(), UploadPreview.Verdict.rejected(e.code(), reason(e, file)));
        }
        return build(file, receivedBefore, extractions, verdict(file, extractions));
    }

    /**
     * Checks a unit (code or name) and a period an analyst gives, as {@code extract --unit/--period} would.
     *
     * @return the unit's code (or null) and the period as given (or null)
     * @throws IllegalArgumentException naming what cannot be used
     */
    public LandingZone.Given check(String unit, String period, String by, String at) {
        FileHints hints = GivenHints.parse(blankToNull(unit), blankToNull(period), extractor.registry());
        return new LandingZone.Given(hints.unitCode().orElse(null), blankToNull(period), by, at);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static FileHints hints(LandingZone.Given given) {
        return new FileHints(Optional.ofNullable(given.unitCode()),
                Optional.ofNullable(given.period()).map(FileHints::parsePeriod));
    }

    private UploadPreview.Verdict verdict(LandedFile file, List<Extraction> extractions) {
        Optional<Extraction> held = extractions.stream().filter(Extraction::held).findFirst();
        if (held.isPresent()) {
            return UploadPreview.Verdict.held(held.get().status(), file.originalName() + ": " + held.get().warnings()
                    .stream().filter(w -> w.code().equals(held.get().status())).map(w -> w.message()).findFirst()
                    .orElse(held.get().status()));
        }
        List<String> units = extractions.stream().map(x -> x.unit().code() + " " + x.unit().name()).distinct().toList();
        if (units.size() > 1) {
            return UploadPreview.Verdict.rejected("multiple_units", file.originalName() + ": the file holds reports of "
                    + units.size() + " units (" + String.join(", ", units) + "); send one file per unit");
        }
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        Optional<ReportPeriod> future = extractions.stream().map(Extraction::period).filter(Objects::nonNull)
                .filter(p -> p.start().isAfter(today)).findFirst();
        if (future.isPresent()) {
            return UploadPreview.Verdict.rejected("period_in_future", file.originalName() + ": the period "
                    + future.get().label() + " starts on " + future.get().start() + ", after today (" + today
                    + "); is the year in the heading right?");
        }
        return UploadPreview.Verdict.accepted();
    }

    private static UploadPreview build(LandedFile file, Optional<String> receivedBefore, List<Extraction> extractions,
            UploadPreview.Verdict verdict) {
        boolean manyPeriods = extractions.stream().map(x -> periodKey(x.period())).distinct().count() > 1;
        UnitRef first = extractions.isEmpty() ? null : extractions.get(0).unit();
        UploadPreview.Unit unit = first == null ? null : new UploadPreview.Unit(first.code(), first.name(), first.type());
        return new UploadPreview(file.sha256(), file.originalName(), file.size(), file.format(), true,
                receivedBefore.orElse(null), file.uploadedBy(), unit,
                extractions.stream().map(Extraction::period).filter(Objects::nonNull).map(Previewer::period).distinct()
                        .toList(),
                extractions.stream().flatMap(x -> x.facts().stream().map(f -> new UploadPreview.FactRow(f.indicator(),
                        f.value(), f.unit(), manyPeriods ? periodKey(x.period()) : null, f.evidence().text(),
                        f.evidence().location(), f.rule()))).toList(),
                extractions.stream().flatMap(x -> x.warnings().stream())
                        .map(w -> new UploadPreview.WarningRow(w.code(), w.message(), w.args())).toList(),
                verdict);
    }

    private static String periodKey(ReportPeriod p) {
        return p == null ? null : p.key();
    }

    private static UploadPreview.Period period(ReportPeriod p) {
        return new UploadPreview.Period(p.key(), p.start().toString(), p.end().toString(), p.label());
    }

    /** The extractor names the file it was given (the hash); the analyst knows it by the name it was sent under. */
    static String reason(ExtractionException e, LandedFile file) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.file() + ": ";
        return file.originalName() + ": " + (message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
