package vn.doisanh.sampledata.write;

import java.util.List;
import vn.doisanh.sampledata.text.Block;

/**
 * Lays a report out as plain text, the way a Word report looks once saved as .txt: letterhead lines together,
 * then one paragraph a line with a blank line between, tables as tab-separated rows.
 */
public final class TxtRenderer {
    private TxtRenderer() {
    }

    public static String render(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean letterhead = previous instanceof Block.Title && block instanceof Block.Title;
                out.append(letterhead ? "\n" : "\n\n");
            }
            out.append(block instanceof Block.Table table ? tabSeparated(table) : block.text());
            previous = block;
        }
        return out.append('\n').toString();
    }

    private static String tabSeparated(Block.Table table) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : table.rows()) {
            out.append(out.length() == 0 ? "" : "\n").append(String.join("\t", row));
        }
        return out.toString();
    }
}
