package vn.doisanh.extract.rules;

import java.util.ArrayList;
import java.util.List;

/** A line of a report's text and the offset it starts at, for the readers that walk the text line by line. */
record TextLine(String text, int start) {
    static List<TextLine> of(String text) {
        List<TextLine> lines = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            lines.add(new TextLine(line, offset));
            offset += line.length() + 1;
        }
        return lines;
    }
}
