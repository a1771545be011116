package org.borderwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.borderwatch.api.ApiError;
import org.borderwatch.api.ApiJson;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's answer to a request it cannot parse (a URI or headers too long, a malformed line), given before
 * the application sees the request: JSON like every other error, with the same security headers.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final Map<String, String> headers;

    JsonErrorHandler(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setShowServlet(false);
        setShowStacks(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.forEach(fields::put);
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put("Content-Type", "application/json; charset=utf-8");
        String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        try {
            return BufferUtil.toBuffer(ApiJson.mapper().writeValueAsString(new ApiError(message, null))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return BufferUtil.toBuffer("{\"error\":\"bad request\"}".getBytes(StandardCharsets.UTF_8));
        }
    }
}
