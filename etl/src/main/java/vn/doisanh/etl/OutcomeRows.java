package vn.doisanh.etl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import vn.doisanh.extract.model.Evidence;
import vn.doisanh.extract.model.Extraction;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.LedgerEntry;
import vn.doisanh.extract.model.NumberLedger;
import vn.doisanh.extract.model.Qualifier;
import vn.doisanh.extract.model.Warning;

/** Rows of {@link Tables} from the extractor's records; the column order here is the schema's. */
final class OutcomeRows {
    private OutcomeRows() {
    }

    static Row report(Extraction e, String file, LocalDate reportDate, Instant modifiedAt, int facts) {
        return RowFactory.create(file, e.sha256(), e.format(), e.unit().code(), e.period().key(), e.period().start(),
                e.period().end(), e.period().label(), e.synthetic(), reportDate, modifiedAt, facts,
                e.warnings().size());
    }

    static Row fact(Extraction e, String file, Fact f) {
        Qualifier q = f.qualifier();
        Evidence ev = f.evidence();
        return RowFactory.create(e.unit().code(), e.period().key(), e.period().start(), e.period().end(),
                f.indicator(), f.value(), f.unit(), q.key(), q.subPeriodStart(), q.subPeriodEnd(), q.asOf(),
                q.breakdown(), q.basis(), e.synthetic(), file, e.sha256(), ev.text(), ev.offset(), ev.matched(),
                ev.location(), f.rule());
    }

    /** {@code origin}: extractor for the extractor's validations, etl for the job's own checks. */
    static Row warning(Extraction e, String file, Warning w, String origin) {
        Evidence ev = w.evidence();
        return RowFactory.create(file, e.sha256(), e.unit().code(), e.period().key(), w.code(), w.message(),
                scalaSeq(w.indicators()), ev == null ? null : ev.text(), ev == null ? null : ev.offset(),
                ev == null ? null : ev.matched(), ev == null ? null : ev.location(), origin,
                scalaSeq(List.copyOf(w.args().keySet())), scalaSeq(List.copyOf(w.args().values())));
    }

    static Row reading(Extraction e, String file) {
        NumberLedger ledger = e.ledger();
        return RowFactory.create(file, e.sha256(), e.unit().code(), e.period().key(), ledger.seen(), ledger.facts(),
                ledger.explained(), ledger.unread());
    }

    static Row unread(Extraction e, String file, LedgerEntry entry) {
        return RowFactory.create(file, e.sha256(), e.unit().code(), e.period().key(), entry.number(), entry.location(),
                entry.offset(), entry.sentence(), scalaSeq(entry.candidates()));
    }

    /** Spark 4 wants a Scala Seq for an array column in an external Row. */
    private static scala.collection.immutable.Seq<String> scalaSeq(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq();
    }

    static Row quarantine(String file, String sha256, String code, String reason, String unitCode, String periodKey,
            String indicator) {
        return RowFactory.create(file, sha256, code, reason, unitCode, periodKey, indicator);
    }
}
