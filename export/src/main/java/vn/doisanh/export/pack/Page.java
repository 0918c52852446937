package vn.doisanh.export.pack;

import java.util.List;
import vn.doisanh.export.table.Table;

/** One slide of the PowerPoint and one page of the PDF: the two formats show the same pages. */
public sealed interface Page permits Page.Cover, Page.Chart, Page.TablePart {
    String title();

    String subtitle();

    Footer footer();

    /** The first page: who, when, and the headline figures. */
    record Cover(String title, String subtitle, List<String> facts, Footer footer) implements Page {
        public Cover {
            facts = List.copyOf(facts);
        }
    }

    /** A chart with the notes that say how to read it. */
    record Chart(String title, String subtitle, ChartSpec chart, List<String> notes, Footer footer) implements Page {
        public Chart {
            notes = List.copyOf(notes);
        }
    }

    /** One page of a table; {@code part} of {@code parts} when the table runs over several pages. */
    record TablePart(String title, String subtitle, Table table, int part, int parts, Footer footer) implements Page {
    }
}
