package vn.doisanh.extract.source;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.doisanh.extract.model.ExtractionException;

/**
 * Reads the text layer of a PDF, pages separated by a blank line. Scanned PDFs without text are an error.
 * A damaged PDF can send PDFBox into a very long loop (the fuzzer found a font width table that took 70 s to
 * exhaust the heap), so parsing runs under a time limit on a daemon thread and is abandoned past it.
 */
public final class PdfText {
    static final long TIME_LIMIT_SECONDS = 15;
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "pdf-text");
        thread.setDaemon(true);
        return thread;
    });

    private PdfText() {
    }

    public static String read(byte[] bytes, String file) throws ExtractionException {
        Future<String> parsing = PARSERS.submit(() -> parse(bytes, file));
        try {
            return parsing.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw new ExtractionException("unreadable_file", file, "the PDF could not be read within "
                    + TIME_LIMIT_SECONDS + " s (damaged or built to stall readers); export it again from Word");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("unreadable_file", file, "reading the PDF was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException known) {
                throw known;
            }
            throw new ExtractionException("unreadable_file", file,
                    "the PDF is damaged or truncated (" + e.getCause() + ")");
        }
    }

    private static String parse(byte[] bytes, String file) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\n\n");
            String text = TextDecoder.normalise(stripper.getText(document));
            if (text.isBlank()) {
                throw new ExtractionException("no_text_layer", file,
                        "the PDF has no text layer (a scan?); send the Word file or a PDF exported from it");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("unreadable_file", file, "the PDF is password-protected");
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // PDFBox repairs what it can and throws, checked or not, on the rest: all mean "damaged".
            throw new ExtractionException("unreadable_file", file,
                    "the PDF is damaged or truncated (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
