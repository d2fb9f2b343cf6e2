package org.csi.harness.evidence;

/**
 * One HTTP exchange as recorded for the evidence, already redacted. {@code caller} is the credential label the request
 * was sent with ("T1/INSURER", "anonymous", …), null for the harness's own reads outside any party (the capability
 * document, token requests).
 */
public record Exchange(String startedAt, long millis, String method, String url, int status, String request, String response,
                       String caller) {
    public Exchange(String startedAt, long millis, String method, String url, int status, String request, String response) {
        this(startedAt, millis, method, url, status, request, response, null);
    }

    public String title() {
        return method + " " + url + " → " + (status < 0 ? "no response" : String.valueOf(status)) + (caller == null ? "" : " · as " + caller);
    }

    /** The request read back: start line, headers, body. */
    public HttpMessage requestMessage() {
        return HttpMessage.parse(request);
    }

    /** The response read back; for an exchange with no response, the failure as its body. */
    public HttpMessage responseMessage() {
        return status < 0 ? new HttpMessage("", java.util.List.of(), response == null ? "" : response) : HttpMessage.parse(response);
    }

    /** A curl line that sends the request again, secrets as shell variables ({@link Curl}). */
    public String curl() {
        return Curl.of(this);
    }

    public String text() {
        return (caller == null ? "" : "## Caller\n" + caller + "\n\n") + "## Request\n" + request + "\n\n## Response (" + millis + " ms)\n" + response;
    }
}
