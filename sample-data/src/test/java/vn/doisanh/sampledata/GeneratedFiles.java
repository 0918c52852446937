package vn.doisanh.sampledata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.doisanh.sampledata.plan.FormatMix;
import vn.doisanh.sampledata.write.Cp1258Encoder;

/** Test helpers: run the generator, and read what it wrote the way an extractor would have to. */
final class GeneratedFiles {
    private GeneratedFiles() {
    }

    static GenerationSummary generate(Path out, long seed, int units, int periods) {
        return generate(new GeneratorSettings(out, seed, units, periods, FormatMix.defaultMix(), false, java.util.Set.of()));
    }

    static GenerationSummary generate(GeneratorSettings settings) {
        return new SampleGenerator(vn.doisanh.units.UnitRegistry.load(), vn.doisanh.catalogue.Catalogue.load())
                .run(settings);
    }

    /** Every regular file under {@code root}, by path relative to it, in sorted order. */
    static Map<String, Path> files(Path root) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .txt report as NFC text, whatever its encoding: UTF-16 with BOM, UTF-8 (BOM or not), or Windows-1258. */
    static String text(Path file) {
        byte[] b = bytes(file);
        String text;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            text = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                text = new String(b, Cp1258Encoder.CP1258);
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
    }

    static List<CSVRecord> csv(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
