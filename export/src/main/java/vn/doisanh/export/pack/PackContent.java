package vn.doisanh.export.pack;

import java.util.List;

/** A meeting pack: its document title and its pages, in order. */
public record PackContent(String title, List<Page> pages) {
    public PackContent {
        pages = List.copyOf(pages);
    }
}
