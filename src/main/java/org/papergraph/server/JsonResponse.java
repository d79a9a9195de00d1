package org.papergraph.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** Writes the API's JSON answers; the one place responses get their type and cache headers. */
final class JsonResponse {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponse() {
    }

    static void send(HttpServletResponse response, Object value) throws IOException {
        prepare(response, HttpServletResponse.SC_OK);
        MAPPER.writeValue(response.getOutputStream(), value);
    }

    static JsonGenerator stream(HttpServletResponse response) throws IOException {
        prepare(response, HttpServletResponse.SC_OK);
        return MAPPER.getFactory().createGenerator(response.getOutputStream());
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        prepare(response, status);
        MAPPER.writeValue(response.getOutputStream(), Map.of("error", message));
    }

    private static void prepare(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
    }
}
