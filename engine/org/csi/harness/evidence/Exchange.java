package org.csi.harness.evidence;

/** One HTTP exchange as recorded for the evidence, already redacted. */
public record Exchange(String startedAt, long millis, String method, String url, int status, String request, String response) {
    public String title() {
        return method + " " + url + " → " + (status < 0 ? "no response" : String.valueOf(status));
    }

    public String text() {
        return "## Request\n" + request + "\n\n## Response (" + millis + " ms)\n" + response;
    }
}
