package org.csi.reference;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An RFC 9457 problem that ends the request; see README §4.2 of the pack. */
final class ApiException extends RuntimeException {
    final int status;
    final ObjectNode problem;

    private ApiException(int status, ObjectNode problem) {
        super(problem.path("detail").asText(), null, false, false);
        this.status = status;
        this.problem = problem;
    }

    static Builder of(int status, String detail) {
        return new Builder(status, detail);
    }

    static final class Builder {
        private final ObjectNode problem = Json.object();
        private final int status;

        private Builder(int status, String detail) {
            this.status = status;
            problem.put("type", "urn:csi:problem:" + kind(status));
            problem.put("title", title(status));
            problem.put("status", status);
            problem.put("detail", detail);
            problem.putArray("errors");
        }

        Builder pointer(String code, String pointer, String message) {
            problem.withArray("errors").addObject().put("code", code).put("pointer", pointer).put("message", message);
            return this;
        }

        Builder parameter(String code, String parameter, String message) {
            problem.withArray("errors").addObject().put("code", code).put("parameter", parameter).put("message", message);
            return this;
        }

        Builder code(String code, String message) {
            problem.withArray("errors").addObject().put("code", code).put("message", message);
            return this;
        }

        Builder currentState(String state) {
            problem.put("currentState", state);
            return this;
        }

        ApiException build() {
            return new ApiException(status, problem);
        }
    }

    static String kind(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "validation";
            case 429 -> "rate-limited";
            default -> "server-error";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Malformed request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Validation failed";
            case 429 -> "Too many requests";
            default -> "Internal error";
        };
    }
}
