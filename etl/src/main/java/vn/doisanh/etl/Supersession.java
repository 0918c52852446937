package vn.doisanh.etl;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * One current report per unit and period. When several reports cover the same unit and period, the newer one
 * wins: the later report date (the signed date line), then the later file modification time, then the later file
 * name ("…_v2" after "…_v1"), then the content hash so that the choice never depends on the listing order.
 * The facts of the others go to history with the file that replaced them ({@code superseded}, or
 * {@code duplicate} when the bytes are the same), and the previous snapshot's history is carried over, so a
 * report replaced in place (same folder, new content) is not lost either.
 */
final class Supersession {
    record Result(Dataset<Row> reports, Dataset<Row> facts, Dataset<Row> history, Dataset<Row> warnings) {
    }

    private Supersession() {
    }

    static Result apply(Dataset<Row> reportsIn, Dataset<Row> factsIn, Dataset<Row> previousFacts,
            Dataset<Row> previousHistory) {
        Dataset<Row> ranked = rank(reportsIn).cache();
        Dataset<Row> current = ranked.where(col("status").equalTo("current"))
                .select(col("unit_code").as("w_unit"), col("period_key").as("w_period"),
                        col("source_file").as("w_file"), col("source_sha256").as("w_sha256"));
        Column sameReport = col("f_file").equalTo(col("r_file")).and(col("f_unit").equalTo(col("r_unit")))
                .and(col("f_period").equalTo(col("r_period")));
        Dataset<Row> factsWithStatus = withKeys(factsIn).join(ranked.select(col("source_file").as("r_file"),
                col("unit_code").as("r_unit"), col("period_key").as("r_period"), col("status"),
                col("superseded_by")), sameReport);
        Dataset<Row> facts = factsWithStatus.where(col("status").equalTo("current")).select(columns(Tables.FACTS));
        Dataset<Row> replacedNow = factsWithStatus.where(col("status").notEqual("current"))
                .join(current, col("f_unit").equalTo(col("w_unit")).and(col("f_period").equalTo(col("w_period"))))
                .withColumn("replaced_by_file", col("w_file")).withColumn("replaced_by_sha256", col("w_sha256"))
                .withColumn("reason", col("status")).select(columns(Tables.HISTORY));
        Dataset<Row> inputHashes = reportsIn.select(col("source_sha256").as("in_sha256")).distinct();
        Dataset<Row> replacedBefore = stillReplaced(previousFacts
                .withColumn("replaced_by_file", lit(null).cast(DataTypes.StringType))
                .withColumn("replaced_by_sha256", lit(null).cast(DataTypes.StringType))
                .withColumn("reason", lit("superseded")), current,
                inputHashes);
        Dataset<Row> carried = stillReplaced(previousHistory, current, inputHashes);
        Dataset<Row> history = replacedNow.unionByName(replacedBefore).unionByName(carried);
        return new Result(ranked.select(columns(Tables.REPORTS_RANKED)), facts, history, warnings(ranked));
    }

    private static Dataset<Row> rank(Dataset<Row> reports) {
        var newestFirst = Window.partitionBy("unit_code", "period_key").orderBy(col("report_date").desc_nulls_last(),
                col("modified_at").desc(), col("source_file").desc(), col("source_sha256").desc());
        Dataset<Row> numbered = reports.withColumn("newness", row_number().over(newestFirst));
        Dataset<Row> winners = numbered.where(col("newness").equalTo(1)).select(col("unit_code").as("w_unit"),
                col("period_key").as("w_period"), col("source_file").as("w_file"), col("source_sha256").as("w_sha"));
        return numbered.join(winners, col("unit_code").equalTo(col("w_unit"))
                        .and(col("period_key").equalTo(col("w_period"))))
                .withColumn("status", when(col("newness").equalTo(1), "current")
                        .when(col("source_sha256").equalTo(col("w_sha")), "duplicate").otherwise("superseded"))
                .withColumn("superseded_by", when(col("newness").equalTo(1), lit(null).cast(DataTypes.StringType))
                        .otherwise(col("w_file")));
    }

    /**
     * Rows of the previous snapshot that stay in history: their unit and period still has a current report, a
     * different one, and their file is no longer among the inputs (if it is, this run has ranked it already).
     * A row that had no replacement recorded yet takes the current report as its replacement.
     */
    private static Dataset<Row> stillReplaced(Dataset<Row> previous, Dataset<Row> current, Dataset<Row> inputs) {
        return previous
                .join(current, col("unit_code").equalTo(col("w_unit")).and(col("period_key").equalTo(col("w_period"))))
                .where(col("source_sha256").notEqual(col("w_sha256")))
                .join(inputs, col("source_sha256").equalTo(col("in_sha256")), "left_anti")
                .withColumn("replaced_by_file", when(col("replaced_by_file").isNull(), col("w_file"))
                        .otherwise(col("replaced_by_file")))
                .withColumn("replaced_by_sha256", when(col("replaced_by_sha256").isNull(), col("w_sha256"))
                        .otherwise(col("replaced_by_sha256")))
                .select(columns(Tables.HISTORY));
    }

    private static Dataset<Row> warnings(Dataset<Row> ranked) {
        Column message = concat(lit("replaced by "), col("superseded_by"), when(col("status").equalTo("duplicate"),
                lit(" (same content)")).otherwise(lit(", a newer report for the same unit and period")));
        return ranked.where(col("status").notEqual("current")).select(col("source_file"), col("source_sha256"),
                col("unit_code"), col("period_key"), col("status").as("code"), message.as("message"),
                array().cast(DataTypes.createArrayType(DataTypes.StringType, false)).as("indicators"),
                lit(null).cast(DataTypes.StringType).as("evidence_text"),
                lit(null).cast(DataTypes.IntegerType).as("evidence_offset"),
                lit(null).cast(DataTypes.StringType).as("evidence_matched"),
                lit(null).cast(DataTypes.StringType).as("evidence_location"), lit("etl").as("origin"),
                array(lit("replacedBy")).as("arg_names"), array(col("superseded_by")).as("arg_values"));
    }

    private static Dataset<Row> withKeys(Dataset<Row> facts) {
        return facts.withColumn("f_file", col("source_file")).withColumn("f_unit", col("unit_code"))
                .withColumn("f_period", col("period_key"));
    }

    static Column[] columns(org.apache.spark.sql.types.StructType schema) {
        return Arrays.stream(schema.fieldNames()).map(name -> col(name)).toArray(Column[]::new);
    }
}
