package vn.doisanh.sampledata.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.doisanh.sampledata.plan.ReportingPeriod;

/**
 * The figures one report may state, by catalogue id, after the omissions of that report (an omitted figure is
 * simply missing, never 0) and after its deliberate inconsistency, if it has one. Styles read from here and
 * decide how, and whether, to write each figure.
 */
public final class ReportFigures {
    private final UnitProfile profile;
    private final ReportingPeriod period;
    private final SortedMap<String, BigDecimal> totals;
    private final SortedMap<String, List<Part>> breakdowns;
    private final DocumentCounts documents;
    private final List<QuarterFigures> earlier;

    ReportFigures(UnitProfile profile, ReportingPeriod period, SortedMap<String, BigDecimal> totals,
            SortedMap<String, List<Part>> breakdowns, DocumentCounts documents, List<QuarterFigures> earlier) {
        this.profile = profile;
        this.period = period;
        this.totals = Collections.unmodifiableSortedMap(new TreeMap<>(totals));
        this.breakdowns = Collections.unmodifiableSortedMap(new TreeMap<>(breakdowns));
        this.documents = documents;
        this.earlier = List.copyOf(earlier);
    }

    public UnitProfile profile() {
        return profile;
    }

    public ReportingPeriod period() {
        return period;
    }

    public boolean has(String id) {
        return totals.containsKey(id);
    }

    public boolean hasAll(String... ids) {
        for (String id : ids) {
            if (!has(id)) {
                return false;
            }
        }
        return true;
    }

    public Optional<BigDecimal> value(String id) {
        return Optional.ofNullable(totals.get(id));
    }

    /** The value of a figure the caller has checked is present. */
    public BigDecimal require(String id) {
        BigDecimal value = totals.get(id);
        if (value == null) {
            throw new IllegalStateException(id + " is not among this report's figures; check has() first");
        }
        return value;
    }

    /** The parts of a breakdown (schools by level…), empty when the report gives the total only. */
    public List<Part> breakdown(String id) {
        return has(id) ? breakdowns.getOrDefault(id, List.of()) : List.of();
    }

    /** All present totals in id order; the structured templates write them all. */
    public SortedMap<String, BigDecimal> totals() {
        return totals;
    }

    /** This quarter's documents, as one figure for the whole report period. */
    public DocumentBatch documentsThisQuarter() {
        return new DocumentBatch(null, null, documents);
    }

    /**
     * Documents split the way cumulative reports give them: the earlier quarters of the reporting year, then
     * "từ ngày [this quarter's first day] đến nay". The first quarter after the merger has nothing earlier.
     */
    public List<DocumentBatch> documentsSinceYearStart() {
        int year = period.quarter() == 1 ? period.year() - 1 : period.year();
        List<QuarterFigures> sameYear = earlier.stream().filter(q -> q.period().year() == year).toList();
        if (sameYear.isEmpty()) {
            return List.of(documentsThisQuarter());
        }
        DocumentCounts before = sameYear.get(0).documents();
        for (QuarterFigures quarter : sameYear.subList(1, sameYear.size())) {
            before = before.plus(quarter.documents());
        }
        return List.of(new DocumentBatch(sameYear.get(0).period().start(), sameYear.get(sameYear.size() - 1).period().end(),
                before), new DocumentBatch(period.start(), null, documents));
    }

    ReportFigures withValue(String id, BigDecimal value) {
        SortedMap<String, BigDecimal> changed = new TreeMap<>(totals);
        changed.put(id, value);
        return new ReportFigures(profile, period, changed, breakdowns, documents, earlier);
    }

    ReportFigures without(String id) {
        SortedMap<String, BigDecimal> changed = new TreeMap<>(totals);
        changed.remove(id);
        return new ReportFigures(profile, period, changed, breakdowns, documents, earlier);
    }

    ReportFigures withDocuments(DocumentCounts changed) {
        return new ReportFigures(profile, period, totals, breakdowns, changed, earlier);
    }

    DocumentCounts documents() {
        return documents;
    }

    static SortedMap<String, List<Part>> breakdownsOf(UnitProfile profile) {
        SortedMap<String, List<Part>> parts = new TreeMap<>();
        parts.put("schools", profile.schools());
        parts.put("religious_followers", profile.religions());
        if (!profile.staffBeforeMerger().isEmpty()) {
            parts.put("civil_servants_before_merger", profile.staffBeforeMerger());
        }
        return parts;
    }
}
