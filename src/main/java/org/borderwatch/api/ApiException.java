package org.borderwatch.api;

/**
 * A request the API refuses, carried to the JSON error response: the HTTP status, a one-line
 * reason, and the query parameter at fault when there is one.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String parameter;

    public ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException badParameter(String parameter, String reason) {
        return new ApiException(400, reason, parameter);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found", null);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
