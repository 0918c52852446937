package vn.doisanh.export;

import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Lets tests in other packages read a slide's text the way the deck's tests do. */
public final class MeetingPackPptxTestAccess {
    private MeetingPackPptxTestAccess() {
    }

    public static String text(XSLFSlide slide) {
        return MeetingPackPptxTest.text(slide);
    }
}
