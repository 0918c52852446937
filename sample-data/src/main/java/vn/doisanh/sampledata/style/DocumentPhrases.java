package vn.doisanh.sampledata.style;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.doisanh.sampledata.figures.DocumentBatch;
import vn.doisanh.sampledata.figures.Part;
import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.VnDates;

/** The ways reports state how many documents were issued, with their breakdown by type. */
final class DocumentPhrases {
    private static final String ID = "documents_issued";

    private DocumentPhrases() {
    }

    /** Either this quarter as a whole, or the cumulative split "… đến 30/9/2025" then "… đến nay". */
    static List<DocumentBatch> batches(ReportContext ctx) {
        return ctx.dice().chance(0.45) ? ctx.figures().documentsSinceYearStart()
                : List.of(ctx.figures().documentsThisQuarter());
    }

    /** "Từ ngày 01/7/2025 đến 30/9/2025", "Từ ngày 01/10/2025 đến nay"; {@code whole} for the period itself. */
    static String span(DocumentBatch batch, String whole) {
        if (batch.wholePeriod()) {
            return whole;
        }
        String end = batch.end() == null ? "nay" : VnDates.compact(batch.end());
        return "Từ ngày " + VnDates.compact(batch.start()) + " đến " + end;
    }

    /** As the Hà Bắc report: "3975 văn bản (Quyết định: 1609; Kế hoạch: 148; …; Văn bản khác 904 văn bản)". */
    static String colonList(FigureText text, DocumentBatch batch) {
        String total = text.whole(ID, BigDecimal.valueOf(batch.counts().total()), batch.qualifier());
        List<String> items = new ArrayList<>();
        for (Part part : nonZero(batch)) {
            String count = text.part(ID, part, batch.qualifier(), false);
            items.add(part.label().equals("khác") ? "Văn bản khác " + count + " văn bản" : part.label() + ": " + count);
        }
        return total + " văn bản (" + String.join("; ", items) + ")";
    }

    /** "1.975 văn bản các loại, gồm 809 quyết định, 74 kế hoạch, … và 435 văn bản khác". */
    static String nounList(FigureText text, DocumentBatch batch) {
        String total = text.whole(ID, BigDecimal.valueOf(batch.counts().total()), batch.qualifier());
        List<String> items = new ArrayList<>();
        for (Part part : nonZero(batch)) {
            String count = text.part(ID, part, batch.qualifier(), false);
            items.add(count + " " + (part.label().equals("khác") ? "văn bản khác" : part.label().toLowerCase(Locale.ROOT)));
        }
        String last = items.remove(items.size() - 1);
        String list = items.isEmpty() ? last : String.join(", ", items) + " và " + last;
        return total + " văn bản các loại, gồm " + list;
    }

    /** Table rows: the total, then one row per type. */
    static List<List<String>> tableRows(FigureText text, DocumentBatch batch, String totalLabel) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(totalLabel, text.whole(ID, BigDecimal.valueOf(batch.counts().total()), batch.qualifier())));
        for (Part part : nonZero(batch)) {
            String label = part.label().equals("khác") ? "Văn bản khác" : part.label();
            rows.add(List.of("- " + label, text.part(ID, part, batch.qualifier(), false)));
        }
        return rows;
    }

    /** A type with no document is left out, as reports do; the parts still add up to the total. */
    private static List<Part> nonZero(DocumentBatch batch) {
        return batch.counts().parts().stream().filter(p -> p.count() > 0).toList();
    }
}
