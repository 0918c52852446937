package vn.doisanh.etl;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.units.Unit;
import vn.doisanh.units.UnitRegistry;

/** The small tables: the registry's units, the catalogue's indicators, and the periods the reports cover. */
final class Dimensions {
    private Dimensions() {
    }

    static Dataset<Row> units(SparkSession spark, UnitRegistry registry) {
        List<Row> rows = new ArrayList<>();
        for (Unit u : registry.all()) {
            rows.add(RowFactory.create(u.code(), u.name(), u.type().name().toLowerCase(Locale.ROOT),
                    u.type().vietnamese(), u.formerDistrict(), String.join("; ", u.mergedFrom()), u.areaKm2(),
                    u.population()));
        }
        return spark.createDataFrame(rows, Tables.UNITS);
    }

    static Dataset<Row> indicators(SparkSession spark, Catalogue catalogue) {
        List<Row> rows = new ArrayList<>();
        int ordinal = 0;
        for (Indicator i : catalogue.all()) {
            rows.add(RowFactory.create(ordinal++, i.id(), i.group(), i.kind().code(), i.unit(), i.direction().code(),
                    i.nameVi(), i.nameEn(), i.definitionVi(), i.definitionEn(), i.formula(), i.plausibleMin(),
                    i.plausibleMax(), i.breakdown()));
        }
        return spark.createDataFrame(rows, Tables.INDICATORS);
    }

    /** Every period of a current report, labelled as most of its reports label it (ties: the first label A–Z). */
    static Dataset<Row> periods(Dataset<Row> currentReports) {
        var mostUsed = Window.partitionBy("period_key").orderBy(col("uses").desc(), col("label"));
        return currentReports
                .groupBy(col("period_key"), col("period_start"), col("period_end"), col("period_label").as("label"))
                .agg(count("*").as("uses"))
                .withColumn("choice", row_number().over(mostUsed))
                .where(col("choice").equalTo(1))
                .select(Supersession.columns(Tables.PERIODS));
    }
}
