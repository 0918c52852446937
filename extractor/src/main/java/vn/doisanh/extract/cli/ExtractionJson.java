package vn.doisanh.extract.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.ExtractionException;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberLedger;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.ReportPeriod;
import vn.doisanh.extract.model.UnitRef;
import vn.doisanh.extract.model.Warning;

/** The JSON the {@code extract} command prints: one object per file (per unit and period for templates). */
public final class ExtractionJson {
    private final ObjectMapper mapper;

    public ExtractionJson(boolean pretty) {
        this.mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (pretty) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
    }

    public String of(Extraction extraction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", extraction.file());
        json.put("sha256", extraction.sha256());
        json.put("format", extraction.format());
        json.put("synthetic", extraction.synthetic());
        json.put("status", extraction.status());
        UnitRef unit = extraction.unit();
        json.put("unit", unit == null ? null : ordered("code", unit.code(), "name", unit.name(), "type", unit.type()));
        ReportPeriod period = extraction.period();
        json.put("period", period == null ? null : ordered("start", period.start().toString(),
                "end", period.end().toString(), "label", period.label()));
        json.put("report_date", extraction.reportDate() == null ? null : extraction.reportDate().toString());
        json.put("facts", extraction.facts().stream().map(ExtractionJson::fact).toList());
        json.put("warnings", extraction.warnings().stream().map(ExtractionJson::warning).toList());
        json.put("numbers", counts(extraction.ledger()));
        json.put("ledger", extraction.ledger().entries().stream().map(ExtractionJson::entry).toList());
        return write(json);
    }

    public String of(ExtractionException error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", error.file());
        json.put("error", ordered("code", error.code(), "message", error.getMessage()));
        return write(json);
    }

    private static Map<String, Object> counts(NumberLedger ledger) {
        return ordered("seen", ledger.seen(), "facts", ledger.facts(), "explained", ledger.explained(),
                "unread", ledger.unread(), "coverage", BigDecimal.valueOf(ledger.coverage()).setScale(4,
                        RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static Map<String, Object> entry(LedgerEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", entry.number());
        json.put("role", entry.role().code());
        putIfPresent(json, "indicator", entry.indicator());
        putIfPresent(json, "cue", entry.cue());
        if (!entry.candidates().isEmpty()) {
            json.put("candidates", entry.candidates());
        }
        json.put("location", entry.location());
        json.put("offset", entry.offset());
        json.put("sentence", entry.sentence());
        return json;
    }

    private static Map<String, Object> fact(Fact fact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", fact.indicator());
        json.put("value", BigDecimal.valueOf(fact.value()).stripTrailingZeros());
        json.put("unit", fact.unit());
        json.put("qualifier", qualifier(fact.qualifier()));
        json.put("evidence", evidence(fact.evidence()));
        json.put("rule", fact.rule());
        return json;
    }

    private static Map<String, Object> qualifier(Qualifier q) {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfPresent(json, "sub_period_start", q.subPeriodStart());
        putIfPresent(json, "sub_period_end", q.subPeriodEnd());
        putIfPresent(json, "as_of", q.asOf());
        putIfPresent(json, "breakdown", q.breakdown());
        json.put("basis", q.basis());
        return json;
    }

    private static Map<String, Object> evidence(Evidence evidence) {
        if (evidence == null) {
            return null;
        }
        return ordered("text", evidence.text(), "offset", evidence.offset(), "matched", evidence.matched(),
                "location", evidence.location());
    }

    private static Map<String, Object> warning(Warning warning) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", warning.code());
        json.put("message", warning.message());
        json.put("indicators", warning.indicators());
        json.put("evidence", evidence(warning.evidence()));
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    private String write(Object json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

}
