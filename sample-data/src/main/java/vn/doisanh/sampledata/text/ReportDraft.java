package vn.doisanh.sampledata.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doisanh.sampledata.figures.WrittenFigure;

/**
 * A narrative report being written: its blocks, and every figure stated in them. Figures are recorded at the
 * moment their number is put into the text (see {@link FigureText}), so the ground truth is exactly what the
 * text says.
 */
public final class ReportDraft {
    /** The first line of every synthetic narrative report. */
    public static final String SYNTHETIC_LINE =
            "DỮ LIỆU MÔ PHỎNG (SYNTHETIC) — báo cáo giả lập để thử nghiệm Đối sánh, không phải số liệu thật.";

    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, WrittenFigure> figures = new LinkedHashMap<>();

    public ReportDraft() {
        blocks.add(new Block.Paragraph(SYNTHETIC_LINE));
    }

    public void title(String text) {
        blocks.add(new Block.Title(text));
    }

    public void heading(String text) {
        blocks.add(new Block.Heading(text));
    }

    public void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block.Paragraph(text));
        }
    }

    public void table(List<List<String>> rows) {
        blocks.add(new Block.Table(rows));
    }

    /** Records a stated figure; stating the same thing twice with two values is a bug in a style. */
    void record(WrittenFigure figure) {
        WrittenFigure earlier = figures.putIfAbsent(figure.key(), figure);
        if (earlier != null && earlier.value().compareTo(figure.value()) != 0) {
            throw new IllegalStateException("figure " + figure.key() + " written twice: " + earlier.value()
                    + " and " + figure.value());
        }
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<WrittenFigure> figures() {
        return List.copyOf(figures.values());
    }
}
