package vn.doisanh.sampledata.text;

import java.util.List;

/** A piece of a narrative report, independent of the file format it ends up in. */
public sealed interface Block {
    String text();

    /** A centred, bold line of the letterhead or the title ("BÁO CÁO"). */
    record Title(String text) implements Block {
    }

    /** A section heading ("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"). */
    record Heading(String text) implements Block {
    }

    /** A paragraph; bullet lines ("- …", "+ …") are paragraphs too, as in the source documents. */
    record Paragraph(String text) implements Block {
    }

    /** A table; the first row is the header. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least a header row");
            }
        }

        @Override
        public String text() {
            StringBuilder out = new StringBuilder();
            for (List<String> row : rows) {
                out.append(out.length() == 0 ? "" : "\n").append(String.join(" | ", row));
            }
            return out.toString();
        }
    }
}
