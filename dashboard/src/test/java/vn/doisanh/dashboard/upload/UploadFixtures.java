package vn.doisanh.dashboard.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files and settings the upload tests share: real reports, hostile ones, and the ETL as a child process. */
public final class UploadFixtures {
    /** The one real report: xã Hà Bắc's one-year review (period 2025-07-01 … 2026-06-30). */
    public static final Path HA_BAC = Path.of("../sample-data/real/000_229544596d0c1ef8.txt");
    /** Two synthetic reports of xã Thanh Hà (10813), the smallest folder the ETL's tests use. */
    public static final Path THANH_HA = Path.of("../etl/src/test/resources/reports/10813");
    public static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

    private UploadFixtures() {
    }

    public static byte[] haBac() {
        try {
            return Files.readAllBytes(HA_BAC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ETL as the dashboard runs it, but from the build: {@code java -cp <etl classpath> EtlCommand}. */
    public static EtlProcess etl() {
        Path classpathFile = Path.of(System.getProperty("doisanh.etl.classpath", "../etl/target/etl.classpath"));
        Path classes = Path.of(System.getProperty("doisanh.etl.classes", "../etl/target/classes"));
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(classes)) {
            throw new IllegalStateException("the ETL is not built: run 'mvn -o -q -pl etl -am process-classes' "
                    + "(it writes " + classpathFile + ")");
        }
        String classpath;
        try {
            classpath = classes.toAbsolutePath().normalize() + ":" + Files.readString(classpathFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8"));
        command.addAll(Arrays.stream(System.getProperty("doisanh.jvm.opens", "").split("\\s+"))
                .filter(s -> !s.isBlank()).toList());
        command.addAll(List.of("-cp", classpath, "vn.doisanh.etl.EtlCommand", "--conf", "spark.ui.enabled=false"));
        return new EtlProcess(command, Path.of("").toAbsolutePath(), Map.of("SPARK_LOCAL_IP", "127.0.0.1"), 10);
    }

    /**
     * A data folder with one published snapshot, built by the real ETL (a child process) over the Thanh Hà test
     * reports, so a load has a small base to add to. Returns the data folder under {@code root}.
     */
    public static Path initialWarehouse(Path root) throws IOException, InterruptedException {
        Path data = root.resolve("data");
        Path reports = root.resolve("reports").resolve("10813");
        try (Stream<Path> paths = Files.walk(THANH_HA)) {
            for (Path path : paths.toList()) {
                Path target = reports.resolve(THANH_HA.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        EtlProcess etl = etl();
        List<String> command = new ArrayList<>(etl.command());
        command.addAll(List.of("--in", reports.getParent().toString(), "--out", data.toString(), "--keep", "10", "--fresh"));
        Path log = root.resolve("initial-etl.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(etl.environment());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the initial ETL failed: " + Files.readString(log));
        }
        return data;
    }

    /** A .docx (a ZIP with word/document.xml) whose parts are given. */
    public static byte[] docx(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
            + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";

    /** A .docx whose document.xml is 300 MB of spaces: about 300 kB zipped. */
    public static byte[] zipBombDocx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A .docx whose document.xml declares an external entity reading /etc/passwd into the text. */
    public static byte[] xxeDocx() {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "
                + "\"file:///etc/passwd\">]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>UBND XÃ HÀ BẮC &xxe;</w:t></w:r></w:p></w:body></w:document>";
        return docx(new java.util.LinkedHashMap<>(Map.of("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8),
                "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document.getBytes(StandardCharsets.UTF_8))));
    }
}
