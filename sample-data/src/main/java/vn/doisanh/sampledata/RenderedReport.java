package vn.doisanh.sampledata;

import java.util.List;
import vn.doisanh.sampledata.figures.WrittenFigure;

/** A report's file content and the figures it states. */
public record RenderedReport(byte[] content, List<WrittenFigure> figures) {
    public RenderedReport {
        figures = List.copyOf(figures);
    }
}
