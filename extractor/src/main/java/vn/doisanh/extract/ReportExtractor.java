package vn.doisanh.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.extract.ledger.LedgerBuilder;
import vn.doisanh.extract.meta.BodyPeriod;
import vn.doisanh.extract.meta.FileHints;
import vn.doisanh.extract.meta.PeriodDetector;
import vn.doisanh.extract.meta.SyntheticMarker;
import vn.doisanh.extract.meta.UnitDetector;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.model.UnitRef;
import vn.doisanh.extract.model.Warning;
import vn.doisanh.extract.rules.BreakdownVocabulary;
import vn.doisanh.extract.rules.FactFinder;
import vn.doisanh.extract.rules.FactMerger;
import vn.doisanh.extract.rules.RoleCues;
import vn.doisanh.extract.rules.RuleTable;
import vn.doisanh.extract.source.DocxText;
import vn.doisanh.extract.source.FileFormat;
import vn.doisanh.extract.source.PdfText;
import vn.doisanh.extract.source.SourceText;
import vn.doisanh.extract.source.TextDecoder;
import vn.doisanh.extract.template.CsvTemplate;
import vn.doisanh.extract.template.SheetText;
import vn.doisanh.extract.template.TemplateFacts;
import vn.doisanh.extract.template.TemplateTable;
import vn.doisanh.extract.template.XlsxTemplate;
import vn.doisanh.extract.validate.FactValidator;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

/**
 * Turns one report file into facts of the catalogue, with provenance and warnings. Plain Java and thread-safe:
 * the {@code extract} command, the Spark job and the dashboard's upload preview all call this one class.
 * A narrative report gives one {@link Extraction}; a template may give one per unit and period it holds.
 */
public final class ReportExtractor {
    /** The longest real report we have is 57 kB of text; 20 MB leaves room for scanned pages in a .docx or .pdf. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final Catalogue catalogue;
    private final UnitRegistry registry;
    private final FactFinder finder;
    private final LedgerBuilder ledger;
    private final UnitDetector unitDetector;
    private final FactValidator validator;
    private final TemplateFacts templateFacts;

    public ReportExtractor(Catalogue catalogue, UnitRegistry registry) {
        this.catalogue = catalogue;
        this.registry = registry;
        RuleTable rules = RuleTable.load(catalogue);
        RoleCues roles = RoleCues.load();
        this.finder = new FactFinder(catalogue, rules, BreakdownVocabulary.load(), roles);
        this.ledger = new LedgerBuilder(roles, rules);
        this.unitDetector = new UnitDetector(registry);
        this.validator = new FactValidator(catalogue);
        this.templateFacts = new TemplateFacts(catalogue, registry);
    }

    /** The extractor over the shipped catalogue and unit registry. */
    public static ReportExtractor standard() {
        return new ReportExtractor(Catalogue.load(), UnitRegistry.load());
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public UnitRegistry registry() {
        return registry;
    }

    public List<Extraction> extract(Path file) throws ExtractionException {
        return extract(file, FileHints.NONE);
    }

    /** With unit or period given by hand ({@code --unit}, {@code --period}), before what the file's place says. */
    public List<Extraction> extract(Path file, FileHints given) throws ExtractionException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(file.toString(), Files.size(file));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ExtractionException("unreadable_file", file.toString(), "cannot read the file: " + e.getMessage());
        }
        return extract(file.toString(), bytes, given.orElse(FileHints.of(file)));
    }

    /** For bytes that are not (or not yet) a file of their own: an upload, a Spark binary record. */
    public List<Extraction> extract(String file, byte[] bytes, FileHints hints) throws ExtractionException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        FileFormat format = FileFormat.of(file, bytes);
        String sha256 = sha256(bytes);
        return switch (format) {
            case TXT -> List.of(narrative(SourceText.of(file, "txt", TextDecoder.decode(bytes, file)), sha256, hints));
            case DOCX -> List.of(narrative(SourceText.of(file, "docx", DocxText.read(bytes, file)), sha256, hints));
            case PDF -> List.of(narrative(SourceText.of(file, "pdf", PdfText.read(bytes, file)), sha256, hints));
            case CSV -> sheet(CsvTemplate.read(bytes, file), file, "csv", sha256, hints);
            case XLSX -> sheet(XlsxTemplate.read(bytes, file), file, "xlsx", sha256, hints);
        };
    }

    /**
     * A sheet with the template's unit column is the city's template; any other sheet (a "biểu số liệu" a clerk laid
     * out by hand, with a title above its table) is read as a narrative table rather than refused.
     */
    private List<Extraction> sheet(TemplateTable sheet, String file, String format, String sha256, FileHints hints)
            throws ExtractionException {
        TemplateTable table = sheet.belowItsTitle();
        if (TemplateFacts.isTemplate(table)) {
            return template(table.withoutNoteRows(), file, format, sha256);
        }
        Warning asText = new Warning("read_as_table_text", "the sheet has no unit_code or unit_name column, so it is "
                + "not the city's template (docs/report-template.md); its rows are read as the table of a narrative "
                + "report", List.of(), null);
        SourceText source = SourceText.of(file, format, SheetText.of(table, format.equals("xlsx")));
        return List.of(narrative(source, sha256, hints, asText));
    }

    private Extraction narrative(SourceText source, String sha256, FileHints hints, Warning... noted)
            throws ExtractionException {
        List<Warning> warnings = new ArrayList<>(List.of(noted));
        Unit unit = unitOf(source, hints, warnings);
        ReportPeriod period = periodOf(source, hints, warnings);
        FactFinder.Found found = finder.findWithNumbers(source, period, unit == null ? List.of() : unit.formerUnitNames());
        FactMerger.Result merged = FactMerger.merge(found.facts());
        warnings.addAll(merged.warnings());
        warnings.addAll(validator.validate(merged.facts()));
        return new Extraction(source.file(), sha256, source.format(), unit == null ? null : ref(unit), period,
                PeriodDetector.reportDate(source.flow()).orElse(null), SyntheticMarker.isSynthetic(source.text()), merged.facts(), warnings,
                ledger.build(source, found.taken(), found.setAside(), period, merged.dropped(), found.unsure()));
    }

    /**
     * The unit the text names, else the folder's or manifest's; null (held as needs_unit) when neither says. A
     * heading name the registry does not know is resolved only by a unit given by hand (manifest, --unit, the
     * upload preview), never by the folder, where misfiled mail sits.
     */
    private Unit unitOf(SourceText source, FileHints hints, List<Warning> warnings) throws ExtractionException {
        UnitDetector.Reading reading = unitDetector.read(source.flow());
        if (reading instanceof UnitDetector.Named named) {
            return named.unit();
        }
        if (reading instanceof UnitDetector.Unresolved unresolved) {
            return unresolved(unresolved, hints, warnings);
        }
        Optional<Unit> hinted = hints.unitCode().flatMap(registry::byCode);
        if (hinted.isPresent()) {
            warnings.add(new Warning("unit_from_folder", "the text names no unit; "
                    + hinted.get().name() + " is taken from the folder or manifest", List.of(), null,
                    Warning.args("unit", hinted.get().name())));
            return hinted.get();
        }
        warnings.add(new Warning(Extraction.NEEDS_UNIT, "the text names no unit (no 'UBND xã/phường/đặc khu …' "
                + "heading) and no unit folder or manifest says which unit sent it; its figures are held until "
                + "a unit is given (--unit, a unit-code folder or a manifest.csv line)", List.of(), null));
        return null;
    }

    private Unit unresolved(UnitDetector.Unresolved unresolved, FileHints hints, List<Warning> warnings) {
        warnings.add(new Warning(unresolved.code(), unresolved.message(), List.of(), null,
                Warning.args("written", unresolved.written())));
        Optional<Unit> given = hints.unitGiven() ? hints.unitCode().flatMap(registry::byCode) : Optional.empty();
        if (given.isPresent()) {
            warnings.add(new Warning("unit_given", "the heading's '" + unresolved.written() + "' is taken as "
                    + given.get().name() + ", the unit given for this file", List.of(), null,
                    Warning.args("written", unresolved.written(), "unit", given.get().name())));
            return given.get();
        }
        warnings.add(new Warning(Extraction.NEEDS_UNIT, unresolved.message() + "; its figures are held until a "
                + "unit is given (--unit, a manifest.csv line or the upload preview)", List.of(), null,
                Warning.args("written", unresolved.written())));
        return null;
    }

    /**
     * The period the heading names, else the folder's or manifest's, else the first one the body states; null
     * (held as needs_period, figures kept) when none does.
     */
    private static ReportPeriod periodOf(SourceText source, FileHints hints, List<Warning> warnings) {
        if (PeriodDetector.hasBlankDateLine(source.flow())) {
            warnings.add(new Warning("report_date_blank", "the date line of the report is left blank; "
                    + "figures 'đến nay' run to an unknown report date", List.of(), null));
        }
        Optional<ReportPeriod> stated = PeriodDetector.detect(source.flow());
        if (stated.isPresent()) {
            return stated.get();
        }
        if (hints.period().isPresent()) {
            warnings.add(new Warning("period_from_folder", "the heading states no period; "
                    + hints.period().get().label() + " is taken from the folder or manifest", List.of(), null,
                    Warning.args("period", hints.period().get().key())));
            return hints.period().get();
        }
        Optional<BodyPeriod.Found> inBody = BodyPeriod.detect(source.flow());
        if (inBody.isPresent()) {
            warnings.add(new Warning("period_from_body", "the heading states no period; "
                    + inBody.get().period().label() + " is taken from the body: \"" + inBody.get().sentence() + "\"",
                    List.of(), null, Warning.args("period", inBody.get().period().key(),
                            "sentence", inBody.get().sentence())));
            return inBody.get().period();
        }
        warnings.add(new Warning(Extraction.NEEDS_PERIOD, "neither the heading nor the body states a reporting "
                + "period (e.g. 'Quý III/2025', '6 tháng đầu năm 2026', 'từ ngày … đến ngày …') and no folder or "
                + "manifest gives one; its figures are held until a period is given (--period or a manifest.csv "
                + "line)", List.of(), null));
        return null;
    }

    private List<Extraction> template(TemplateTable table, String file, String format, String sha256)
            throws ExtractionException {
        List<Extraction> extractions = new ArrayList<>();
        for (TemplateFacts.Group group : templateFacts.read(table, file)) {
            FactMerger.Result merged = FactMerger.merge(group.facts());
            List<Warning> warnings = new ArrayList<>(merged.warnings());
            if (table.titleRows() > 0) {
                warnings.add(new Warning("template_title_rows", table.titleRows() + " row(s) of title above the "
                        + "template's header were skipped", List.of(), null));
            }
            if (!table.noteRows().isEmpty()) {
                warnings.add(new Warning("template_note_rows", "rows holding only a note were skipped: "
                        + String.join(", ", table.noteRows()), List.of(), null));
            }
            warnings.addAll(validator.validate(merged.facts()));
            extractions.add(new Extraction(file, sha256, format, ref(group.unit()), group.period(), null,
                    group.synthetic(), merged.facts(), warnings));
        }
        if (extractions.isEmpty()) {
            throw new ExtractionException("bad_template", file, "the template has a header but no data rows");
        }
        return extractions;
    }

    private static ExtractionException tooLarge(String file, long size) {
        return new ExtractionException("too_large", file, String.format(java.util.Locale.ROOT,
                "the file has %,d bytes; a report may have at most %,d (%d MB)", size, MAX_BYTES, MAX_BYTES >> 20));
    }

    private static UnitRef ref(Unit unit) {
        return new UnitRef(unit.code(), unit.name(), unit.type().vietnamese());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
