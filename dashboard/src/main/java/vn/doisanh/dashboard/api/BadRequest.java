package vn.doisanh.dashboard.api;

/** A request the API refuses with 400 (or 404 for {@code no_data}), with a stable code the pages translate. */
public final class BadRequest extends RuntimeException {
    private final String code;
    private final String parameter;
    private final int status;

    public BadRequest(String code, String parameter, String message) {
        this(code, parameter, message, 400);
    }

    public BadRequest(String code, String parameter, String message, int status) {
        super(message);
        this.code = code;
        this.parameter = parameter;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String parameter() {
        return parameter;
    }

    public int status() {
        return status;
    }
}
