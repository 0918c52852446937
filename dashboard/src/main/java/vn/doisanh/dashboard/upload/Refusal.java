package vn.doisanh.dashboard.upload;

/** A request the upload routes refuse: its HTTP status, a stable code the page translates, and the reason. */
public final class Refusal extends RuntimeException {
    private final int status;
    private final String code;

    public Refusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    static Refusal busy(String message) {
        return new Refusal(409, "busy", message);
    }

    static Refusal bad(String code, String message) {
        return new Refusal(400, code, message);
    }
}
