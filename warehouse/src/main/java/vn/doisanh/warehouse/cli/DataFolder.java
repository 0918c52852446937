package vn.doisanh.warehouse.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every warehouse command shares: the ETL's {@code --out} folder. */
final class DataFolder {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The warehouse folder (the etl command's --out). Default: ${DEFAULT-VALUE}.")
    Path dir;
}
