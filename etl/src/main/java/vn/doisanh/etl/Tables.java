package vn.doisanh.etl;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables the ETL writes, column by column, in the order a person reads them (explicit schemas, not
 * bean encoders, which order columns alphabetically). The warehouse's staging SQL reads exactly these names.
 */
final class Tables {
    static final StructType REPORTS = schema(
            "source_file", StringType, "source_sha256", StringType, "source_format", StringType,
            "unit_code", StringType, "period_key", StringType, "period_start", DateType, "period_end", DateType,
            "period_label", StringType, "synthetic", BooleanType, "report_date", DateType,
            "modified_at", TimestampType, "fact_count", IntegerType, "warning_count", IntegerType);

    static final StructType FACTS = schema(
            "unit_code", StringType, "period_key", StringType, "period_start", DateType, "period_end", DateType,
            "indicator", StringType, "value", DoubleType, "unit", StringType, "qualifier_key", StringType,
            "sub_period_start", StringType, "sub_period_end", StringType, "as_of", StringType,
            "breakdown", StringType, "basis", StringType, "synthetic", BooleanType, "source_file", StringType,
            "source_sha256", StringType, "evidence_text", StringType, "evidence_offset", IntegerType,
            "evidence_matched", StringType, "evidence_location", StringType, "rule", StringType);

    /** Facts a newer report replaced: the fact columns, then what replaced them and why. */
    static final StructType HISTORY = FACTS
            .add("replaced_by_file", StringType).add("replaced_by_sha256", StringType).add("reason", StringType);

    /** Reports after supersession: status current, superseded or duplicate (same bytes as the current one). */
    static final StructType REPORTS_RANKED = REPORTS
            .add("status", StringType).add("superseded_by", StringType);

    static final StructType PERIODS = schema(
            "period_key", StringType, "period_start", DateType, "period_end", DateType, "label", StringType);

    static final StructType QUALITY = schema(
            "source_file", StringType, "source_sha256", StringType, "unit_code", StringType,
            "period_key", StringType, "code", StringType, "message", StringType,
            "indicators", createArrayType(StringType, false), "evidence_text", StringType,
            "evidence_offset", IntegerType, "evidence_matched", StringType, "evidence_location", StringType,
            "origin", StringType, "arg_names", createArrayType(StringType, false),
            "arg_values", createArrayType(StringType, false));

    static final StructType QUARANTINE = schema(
            "source_file", StringType, "source_sha256", StringType, "code", StringType, "reason", StringType,
            "unit_code", StringType, "period_key", StringType, "indicator", StringType);

    /** How well each loaded narrative report was read: its numbers by role (the extractor's number ledger). */
    static final StructType READING = schema(
            "source_file", StringType, "source_sha256", StringType, "unit_code", StringType,
            "period_key", StringType, "numbers_seen", IntegerType, "numbers_facts", IntegerType,
            "numbers_explained", IntegerType, "numbers_unread", IntegerType);

    /** Numbers of loaded reports that no rule read and no cue explains, with the indicators they may be. */
    static final StructType UNREAD_NUMBERS = schema(
            "source_file", StringType, "source_sha256", StringType, "unit_code", StringType,
            "period_key", StringType, "number", StringType, "location", StringType, "number_offset", IntegerType,
            "sentence", StringType, "candidates", createArrayType(StringType, false));

    static final StructType UNITS = schema(
            "code", StringType, "name", StringType, "type", StringType, "type_vi", StringType,
            "former_district", StringType, "merged_from", StringType, "area_km2", DoubleType,
            "population", LongType);

    static final StructType INDICATORS = schema(
            "ordinal", IntegerType, "id", StringType, "group", StringType, "kind", StringType, "unit", StringType,
            "direction", StringType, "name_vi", StringType, "name_en", StringType, "definition_vi", StringType,
            "definition_en", StringType, "formula", StringType, "plausible_min", DoubleType,
            "plausible_max", DoubleType, "breakdown", StringType);

    private Tables() {
    }

    private static StructType schema(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true,
                    Metadata.empty());
        }
        return new StructType(fields);
    }
}
