package vn.doisanh.etl;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What one input file turned into, as rows of the Parquet tables (see {@link Tables}): the reports it holds
 * (a template may hold several units and periods), their facts and warnings, what was quarantined, and how
 * well each narrative report was read (its number ledger's counts and unread numbers).
 * Plain rows, because the extractor's records are not Serializable and must not leave the executor.
 */
record FileOutcome(List<Row> reports, List<Row> facts, List<Row> warnings, List<Row> quarantine, List<Row> reading,
                   List<Row> unreadNumbers) implements Serializable {

    static FileOutcome empty() {
        return new FileOutcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
    }

    boolean quarantinedWhole() {
        return reports.isEmpty() && !quarantine.isEmpty();
    }
}
