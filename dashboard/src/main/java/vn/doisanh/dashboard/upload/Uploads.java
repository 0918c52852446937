package vn.doisanh.dashboard.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.doisanh.dashboard.auth.AuditLog;
import vn.doisanh.extract.ReportExtractor;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.warehouse.landing.LandedFile;
import vn.doisanh.warehouse.landing.LandingZone;

/**
 * Receiving a file: stream it into the landing zone under its hash (refusing it past the size limit), tell its
 * format from its content (refusing what is no report format), keep it once, and preview it.
 */
public final class Uploads {
    /** The extractor's own limit: a larger file could never be loaded. */
    public static final long MAX_BYTES = ReportExtractor.MAX_BYTES;

    private final LandingZone landing;
    private final Previewer previewer;
    private final AuditLog audit;
    private final Clock clock;

    public Uploads(LandingZone landing, Previewer previewer, AuditLog audit, Clock clock) {
        this.landing = landing;
        this.previewer = previewer;
        this.audit = audit;
        this.clock = clock;
    }

    public LandingZone landing() {
        return landing;
    }

    /** Receives one file; every refusal is a preview with a rejected verdict, never an exception. */
    public UploadPreview receive(InputStream content, String originalName, Optional<String> who) throws IOException {
        String name = LandedFile.displayName(originalName);
        LandingZone.Staged staged;
        try {
            staged = landing.stage(content, MAX_BYTES);
        } catch (LandingZone.TooLarge e) {
            return record(UploadPreview.refused(null, name, -1, "too_large", name + ": " + e.getMessage()
                    + "; a report may have at most " + (MAX_BYTES >> 20) + " MB"), who);
        }
        try (staged) {
            byte[] bytes = staged.bytes();
            String format;
            try {
                format = UploadFormat.detect(bytes, name);
            } catch (ExtractionException e) {
                return record(UploadPreview.refused(staged.sha256(), name, staged.size(), e.code(),
                        e.getMessage()), who);
            }
            String now = clock.instant().toString();
            LandingZone.Filed filed = landing.file(staged, sha -> new LandedFile(sha, name, staged.size(), format,
                    who.orElse(null), now));
            Optional<String> before = filed.duplicate() ? Optional.of(filed.file().uploadedAt()) : Optional.empty();
            return record(previewer.preview(filed.file(), bytes, before, landing.given(filed.file().sha256())), who);
        }
    }

    /** The preview of a landed file, read again (what a load checks before it starts). */
    public Optional<UploadPreview> preview(String sha256) throws IOException {
        Optional<LandedFile> file = landing.find(sha256);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(previewer.preview(file.get(), Files.readAllBytes(landing.path(sha256)), Optional.empty(),
                landing.given(sha256)));
    }

    /**
     * Keeps the unit or period an analyst gives for a held report, and previews it again with them; audited.
     *
     * @throws IllegalArgumentException for an unknown file, unit or period, naming it
     */
    public UploadPreview give(String sha256, String unit, String period, Optional<String> who) throws IOException {
        if (landing.find(sha256).isEmpty()) {
            throw new IllegalArgumentException("no uploaded file has the hash '" + sha256 + "'");
        }
        LandingZone.Given given = previewer.check(unit, period, who.orElse(null), clock.instant().toString());
        landing.give(sha256, given);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sha256", sha256);
        details.put("unit", given.unitCode());
        details.put("period", given.period());
        audit.record("upload_given", who, details);
        return preview(sha256).orElseThrow();
    }

    private UploadPreview record(UploadPreview preview, Optional<String> who) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sha256", preview.sha256());
        details.put("name", preview.name());
        details.put("size", preview.size());
        details.put("format", preview.format());
        details.put("duplicate", preview.receivedBefore() != null);
        details.put("verdict", preview.verdict().status());
        if (preview.verdict().code() != null) {
            details.put("code", preview.verdict().code());
        }
        audit.record("upload", who, details);
        return preview;
    }
}
