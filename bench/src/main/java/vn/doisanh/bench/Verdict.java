package vn.doisanh.bench;

/** Whether a figure meets its target on this machine. */
public enum Verdict {
    HOLDS("holds"), MISSED("**missed**"), NO_TARGET("—"), NOT_RUN("not run");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    public static Verdict of(boolean holds) {
        return holds ? HOLDS : MISSED;
    }

    public String text() {
        return text;
    }
}
