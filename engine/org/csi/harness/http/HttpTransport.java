package org.csi.harness.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.apache.http.Header;
import org.apache.http.HttpException;
import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.MessageConstraintException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.protocol.HttpContext;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.entity.HttpEntityWrapper;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.csi.harness.config.Limits;
import org.csi.harness.verdict.CannotTell;
import org.csi.harness.verdict.ClauseViolation;
import org.csi.harness.verdict.FixtureUnavailable;
import org.csi.harness.contract.ContractBreach;
import org.csi.harness.contract.ContractCheck;
import org.csi.harness.contract.RuleOwners;
import org.csi.harness.evidence.EvidenceLog;
import org.csi.harness.evidence.Exchange;

/**
 * Sends one request with REST Assured and brings back a {@link Reply}: bounded in time and size, recorded as
 * redacted evidence, and checked against the OpenAPI contract. A solution that is slow, hangs, floods or
 * sends garbage produces a clause failure that says so, never a harness crash; every cap ({@link Limits}) it meets is
 * named in the failure. A fault of the harness itself (an {@link Error} such as OutOfMemoryError, a bug) is
 * CANNOT_TELL, never the solution's FAIL; so is an exchange the run's deadline cuts short.
 */
public final class HttpTransport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "csi-http");
        t.setDaemon(true);
        return t;
    });

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Limits limits;
    private volatile long deadlineNanos = Long.MAX_VALUE;
    private final EvidenceLog evidence;
    private final ContractCheck contract;
    private volatile String apiBasePath = "/csi/v1";
    private volatile String tokenEndpoint;
    private volatile java.util.function.Consumer<Reply> beforeRecording = reply -> {};

    private final SSLContext tls;

    /** {@code tls} null: the JVM's defaults (no client certificate). */
    public HttpTransport(Duration connectTimeout, Duration readTimeout, long maxResponseBytes, EvidenceLog evidence,
                         ContractCheck contract, SSLContext tls) {
        this(connectTimeout, readTimeout, Limits.defaults().withMaxResponseBytes(maxResponseBytes), evidence, contract, tls);
    }

    /** {@code tls} null: the JVM's defaults (no client certificate). */
    public HttpTransport(Duration connectTimeout, Duration readTimeout, Limits limits, EvidenceLog evidence,
                         ContractCheck contract, SSLContext tls) {
        this.tls = tls;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.limits = limits;
        this.evidence = evidence;
        this.contract = contract;
    }

    /**
     * The run's deadline ({@code timeouts.runMinutes}), from now: past it no exchange starts, one under way is cut
     * short, and the scenario ends CANNOT_TELL "the run's deadline passed".
     */
    public void deadlineIn(Duration left) {
        long now = System.nanoTime();
        deadlineNanos = left.toNanos() >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + left.toNanos();
    }

    /** Whether the run's deadline has passed. */
    public boolean deadlinePassed() {
        return System.nanoTime() - deadlineNanos >= 0 && deadlineNanos != Long.MAX_VALUE;
    }

    /** Where this transport records its exchanges. */
    public EvidenceLog evidence() {
        return evidence;
    }

    /** Called with every reply before anything records it: what the reply issues (a token) can be registered for redaction first. */
    public void beforeRecording(java.util.function.Consumer<Reply> hook) {
        this.beforeRecording = hook;
    }

    /** The declared endpoints, so that each request is checked against the right operation. */
    public void declaredEndpoints(String apiBaseUrl, String tokenEndpoint) {
        if (apiBaseUrl != null) this.apiBasePath = URI.create(apiBaseUrl).getPath();
        this.tokenEndpoint = tokenEndpoint;
    }

    /** Sends, records and checks. Throws {@link ClauseViolation} when the solution misbehaves. */
    public Reply send(Request request) {
        return send(request, true);
    }

    /** As {@link #send(Request)}; {@code checkContract} false only where the harness reads a document leniently. */
    public Reply send(Request request, boolean checkContract) {
        return send(request, checkContract, null);
    }

    /** As {@link #send(Request, boolean)}, recording {@code caller} (a credential label) with the exchange. */
    public Reply send(Request request, boolean checkContract, String caller) {
        if (deadlinePassed()) throw new CannotTell(DEADLINE_PASSED + " before " + request.method() + " " + request.urlWithQuery() + " was sent");
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Outcome outcome = exchange(request);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String requestText = requestText(request);
        if (outcome.failure != null) {
            evidence.exchange(new EvidenceLog.Captured(request.method(), request.urlWithQuery(), -1, null, null),
                    new Exchange(started.toString(), millis, request.method(), request.urlWithQuery(), -1,
                            evidenceText(evidence.redactor().redact(requestText)), outcome.failure, caller));
            if (outcome.harness) throw new CannotTell(outcome.failure + " (" + request.method() + " " + request.urlWithQuery() + ")");
            if (outcome.unreachable) throw new FixtureUnavailable(request.method() + " " + request.urlWithQuery() + ": " + outcome.failure);
            throw new ClauseViolation(request.method() + " " + request.urlWithQuery() + ": " + outcome.failure);
        }
        Reply reply = outcome.reply;
        beforeRecording.accept(reply);
        evidence.exchange(new EvidenceLog.Captured(reply.method(), reply.url(), reply.status(), reply.contentType(), reply.body()),
                new Exchange(started.toString(), millis, reply.method(), reply.url(), reply.status(),
                        // Redacted whole, then cut: a cut first could split a secret so that no registered form matches what is left.
                        evidenceText(evidence.redactor().redact(requestText)), evidenceText(evidence.redactor().redact(responseText(reply))), caller));
        if (!checkContract) return reply;
        judgeContract(reply, contract.check(operationId(request), reply.status(), reply.contentType(), reply.body(), reply.document()));
        return reply;
    }

    /**
     * A broken rule fails the clause that owns it ({@link RuleOwners}): the scenario reading the reply fails only for
     * rules its own clauses own; the others are noted in its evidence, and it judges its own lines on the parsed body.
     * Inside a shared walk nothing is judged: the breach is kept for the scenarios that use the walk.
     */
    private void judgeContract(Reply reply, List<ContractCheck.Violation> violations) {
        if (violations.isEmpty()) return;
        List<String> judged = new ArrayList<>();
        Set<String> judgedBy = new TreeSet<>();
        Map<Set<String>, List<String>> noted = new LinkedHashMap<>();
        for (ContractCheck.Violation v : violations) {
            Set<String> owners = RuleOwners.owners(v);
            if (evidence.judges(owners)) {
                judged.add(v.text());
                judgedBy.addAll(owners);
            } else {
                noted.computeIfAbsent(owners, o -> new ArrayList<>()).add(v.text());
            }
        }
        noted.forEach((owners, texts) -> {
            String clauses = String.join(", ", new TreeSet<>(owners));
            evidence.artefact("Contract note (judged by " + clauses + ", not here): " + reply.describe(), String.join("\n", texts));
            if (evidence.inSharedWalk()) evidence.breach(breaks(reply, clauses, texts), owners);
        });
        if (judged.isEmpty()) return;
        evidence.artefact("Contract violations: " + reply.describe(), String.join("\n", judged));
        evidence.markDecisive();
        throw new ContractBreach(breaks(reply, String.join(", ", judgedBy), judged));
    }

    private static String breaks(Reply reply, String clauses, List<String> texts) {
        return reply.describe() + ": the response breaks the interface contract" + (clauses.isEmpty() ? "" : " (" + clauses + ")") + ": "
                + String.join("; ", texts.subList(0, Math.min(5, texts.size())))
                + (texts.size() > 5 ? "; and " + (texts.size() - 5) + " more" : "");
    }

    private String operationId(Request request) {
        if (tokenEndpoint != null && request.url().equals(tokenEndpoint)) return "requestToken";
        String path = URI.create(request.url()).getPath();
        if (path.startsWith(apiBasePath + "/")) path = "/csi/v1" + path.substring(apiBasePath.length());
        return contract.operationId(request.method(), path);
    }

    /** The reason of a scenario that the run's deadline ended. */
    public static final String DEADLINE_PASSED = "the run's deadline passed";

    /** {@code harness}: the harness's own fault, CANNOT_TELL; otherwise a failure is the solution's (or unreachable). */
    private record Outcome(Reply reply, String failure, boolean unreachable, boolean harness) {
        Outcome(Reply reply, String failure, boolean unreachable) {
            this(reply, failure, unreachable, false);
        }
    }

    private Outcome exchange(Request request) {
        AtomicReference<DefaultHttpClient> client = new AtomicReference<>();
        // The body is read inside the task too: REST Assured reads it lazily, and a dripping body must meet the deadline.
        Future<Reply> pending = IO.submit(() -> toReply(request, spec(request, client).request(request.method(), request.url())));
        long deadline = readTimeout.toMillis() * 2 + connectTimeout.toMillis();
        long runLeft = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
        try {
            return new Outcome(pending.get(Math.min(deadline, runLeft), TimeUnit.MILLISECONDS), null, false);
        } catch (TimeoutException e) {
            abort(client, pending);
            if (runLeft < deadline) return new Outcome(null, DEADLINE_PASSED + " while the exchange was under way", false, true);
            return new Outcome(null, "no complete response within " + deadline / 1000 + " s (the solution is too slow or hangs)", false);
        } catch (ExecutionException e) {
            return failure(e.getCause(), request.url().startsWith("https:"));
        } catch (InterruptedException e) {
            abort(client, pending);
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", true);
        }
    }

    /**
     * What went wrong, as the solution's failure (FAIL), an unreachable solution or the harness's own fault
     * (CANNOT_TELL). The solution's: anything the transport raises reading its answer, an {@link IOException} or an
     * {@link HttpException} (reset, garbage, too slow, too large), or a value a library refuses
     * ({@link IllegalArgumentException}: an unknown charset, say). The harness's: an {@link Error} anywhere in the
     * chain (OutOfMemoryError, StackOverflowError) and any other exception, a bug of ours.
     */
    private Outcome failure(Throwable t, boolean https) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof Error) return harnessError(c);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ResponseTooLarge || c instanceof NotUtf8 || c instanceof TooDeep) return new Outcome(null, c.getMessage(), false);
            if (c instanceof MessageConstraintException || c instanceof IOException && String.valueOf(c.getMessage()).startsWith("Maximum line length")) {
                return new Outcome(null, headerCapMessage(c), false);
            }
            if (c instanceof SocketTimeoutException) {
                return new Outcome(null, "no response within the read timeout of " + readTimeout.toSeconds() + " s", false);
            }
            if (c instanceof ConnectException) return new Outcome(null, "cannot connect: " + c.getMessage(), true);
            if (c instanceof SSLException) {
                return new Outcome(null, "the TLS handshake failed (" + c.getMessage() + "); check tls in the run configuration", true);
            }
            // With TLS 1.3 a server that refuses the client certificate says so only after the handshake: a reset.
            if (https && (c instanceof SocketException || c instanceof NoHttpResponseException)) {
                return new Outcome(null, "the TLS connection was closed by the solution (" + c.getMessage()
                        + "); it may require a client certificate: check tls in the run configuration", true);
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof HttpException || c instanceof IllegalArgumentException) {
                return new Outcome(null, "the exchange failed: " + t.getClass().getSimpleName() + ": " + t.getMessage(), false);
            }
        }
        return harnessError(t);
    }

    private static Outcome harnessError(Throwable t) {
        return new Outcome(null, "harness error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()), false, true);
    }

    /** HttpClient's words for the header caps set on the connection, as the caps' names. */
    private String headerCapMessage(Throwable c) {
        String m = String.valueOf(c.getMessage()).toLowerCase();
        if (m.contains("header count")) return "the response's header count exceeds limits.maxHeaderCount (" + limits.maxHeaderCount() + ")";
        if (m.contains("line length")) return "a line of the response's head exceeds limits.maxHeaderBytes (" + limits.maxHeaderBytes() + ")";
        return "the response's head exceeds a header limit: " + c.getMessage();
    }

    private static void abort(AtomicReference<DefaultHttpClient> client, Future<?> pending) {
        DefaultHttpClient c = client.get();
        if (c != null) c.getConnectionManager().shutdown();
        pending.cancel(true);
    }

    @SuppressWarnings("deprecation")
    private RequestSpecification spec(Request request, AtomicReference<DefaultHttpClient> holder) {
        HttpClientConfig http = HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", (int) connectTimeout.toMillis())
                .setParam("http.socket.timeout", (int) readTimeout.toMillis())
                // The head is bounded while it is parsed, before any header is kept: a flood ends at the cap.
                .setParam("http.connection.max-header-count", limits.maxHeaderCount())
                .setParam("http.connection.max-line-length", limits.maxHeaderBytes())
                .httpClientFactory(() -> {
                    DefaultHttpClient c = new CappedClient(limits);
                    // Every exchange is sent once: a silent retry would make the evidence lie.
                    c.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
                    holder.set(c);
                    return c;
                });
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(http)
                .sslConfig(tls == null ? SSLConfig.sslConfig()
                        : SSLConfig.sslConfig().sslSocketFactory(new SSLSocketFactory(tls,
                                SSLSocketFactory.STRICT_HOSTNAME_VERIFIER)))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .defaultContentCharset("UTF-8"));
        RequestSpecification spec = RestAssured.given().config(config).urlEncodingEnabled(true);
        request.headers().forEach(spec::header);
        request.query().forEach(spec::queryParam);
        if (request.body() != null) {
            // REST Assured encodes form bodies itself and wants them as text; everything else goes as the exact bytes.
            boolean form = request.contentType() != null && request.contentType().startsWith("application/x-www-form-urlencoded");
            spec.contentType(request.contentType());
            if (form) spec.body(new String(request.body(), StandardCharsets.UTF_8)); else spec.body(request.body());
        }
        return spec;
    }

    private static Reply toReply(Request request, Response r) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        r.getHeaders().asList().forEach(h -> headers.computeIfAbsent(h.getName(), k -> new java.util.ArrayList<>()).add(h.getValue()));
        String body = utf8(r.asByteArray());
        return new Reply(request.method(), request.urlWithQuery(), r.getStatusCode(), headers, body, parse(body, r.getContentType()));
    }

    /** The JSON body, null when it is not JSON; a body nested past the parser's depth limit is the solution's failure. */
    private static JsonNode parse(String body, String contentType) throws TooDeep {
        if (body == null || body.isBlank()) return null;
        boolean looksJson = (contentType != null && contentType.toLowerCase().contains("json"))
                || body.stripLeading().startsWith("{") || body.stripLeading().startsWith("[");
        if (!looksJson) return null;
        try {
            return JSON.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new TooDeep(e);
        } catch (IOException e) {
            return null;
        }
    }

    static final class TooDeep extends IOException {
        TooDeep(StreamConstraintsException e) {
            super("the response body nests JSON deeper than the harness reads (" + StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels): " + e.getOriginalMessage());
        }
    }

    private static String requestText(Request request) {
        StringBuilder s = new StringBuilder(request.method()).append(' ').append(request.urlWithQuery()).append('\n');
        request.headers().forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
        if (request.body() != null) {
            s.append("Content-Type: ").append(request.contentType()).append("\n\n").append(bodyText(request.body()));
        }
        return s.toString();
    }

    private static String responseText(Reply reply) {
        StringBuilder s = new StringBuilder("HTTP ").append(reply.status()).append('\n');
        reply.headers().forEach((k, vs) -> vs.forEach(v -> s.append(k).append(": ").append(v).append('\n')));
        if (reply.body() != null && !reply.body().isEmpty()) {
            s.append('\n').append(bodyText(reply.body().getBytes(StandardCharsets.UTF_8)));
        }
        return s.toString();
    }

    private static String bodyText(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** One exchange's evidence, cut at limits.maxEvidenceBytes (counted in UTF-8), saying so. */
    String evidenceText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int max = limits.maxEvidenceBytes();
        if (bytes.length <= max) return text;
        return new String(bytes, 0, max, StandardCharsets.UTF_8) + "\n… (" + bytes.length
                + " bytes in all; the rest is not kept: limits.maxEvidenceBytes (" + max + "))";
    }

    /** README §4 of the pack: bodies are JSON in UTF-8. A body that is not UTF-8 is the solution's failure. */
    private static String utf8(byte[] body) throws NotUtf8 {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8(body);
        }
    }

    static final class NotUtf8 extends IOException {
        NotUtf8(byte[] body) {
            super("the response body is not valid UTF-8" + firstBadByte(body) + " (the pack's README §4: bodies are JSON in UTF-8)");
        }

        private static String firstBadByte(byte[] body) {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(body);
            var out = java.nio.CharBuffer.allocate(body.length + 1);
            var result = decoder.decode(in, out, true);
            return result.isError() ? ": byte " + in.position() + " is 0x" + String.format("%02x", body[in.position()] & 0xff) : "";
        }
    }

    /**
     * The client with the caps on: the head's total size is checked before anything of it is kept, the body is
     * counted as it comes off the wire, and again after REST Assured's decoding (gzip, deflate), which it adds as a
     * response interceptor of its own: the decoded count is kept last, so a small gzip body cannot inflate past the cap.
     */
    @SuppressWarnings("deprecation")
    private static final class CappedClient extends DefaultHttpClient {
        private final DecodedCap decoded;

        CappedClient(Limits limits) {
            this.decoded = new DecodedCap(limits.maxResponseBytes());
            super.addResponseInterceptor(new WireCap(limits));
            super.addResponseInterceptor(decoded);
        }

        @Override
        public synchronized void addResponseInterceptor(HttpResponseInterceptor interceptor) {
            super.addResponseInterceptor(interceptor);
            if (interceptor != decoded) {
                removeResponseInterceptorByClass(DecodedCap.class);
                super.addResponseInterceptor(decoded);
            }
        }
    }

    /** Header bytes, then the body as it comes off the wire. */
    private static final class WireCap implements HttpResponseInterceptor {
        private final Limits limits;

        WireCap(Limits limits) {
            this.limits = limits;
        }

        @Override
        public void process(HttpResponse response, HttpContext context) throws IOException {
            long bytes = String.valueOf(response.getStatusLine()).length() + 2L;
            for (Header h : response.getAllHeaders()) bytes += h.getName().length() + h.getValue().length() + 4L;
            if (bytes > limits.maxHeaderBytes()) {
                throw new ResponseTooLarge("the response's headers (" + bytes + " bytes) exceed limits.maxHeaderBytes (" + limits.maxHeaderBytes() + ")");
            }
            if (response.getEntity() != null) response.setEntity(new Capped(response.getEntity(), limits.maxResponseBytes(), " on the wire"));
        }
    }

    /** The body after decoding. */
    private static final class DecodedCap implements HttpResponseInterceptor {
        private final long max;

        DecodedCap(long max) {
            this.max = max;
        }

        @Override
        public void process(HttpResponse response, HttpContext context) {
            if (response.getEntity() != null) response.setEntity(new Capped(response.getEntity(), max, ""));
        }
    }

    /** Bounds what a solution can make the harness read. */
    private static final class Capped extends HttpEntityWrapper {
        private final long max;
        private final String where;

        Capped(org.apache.http.HttpEntity entity, long max, String where) {
            super(entity);
            this.max = max;
            this.where = where;
        }

        @Override
        public InputStream getContent() throws IOException {
            return new FilterInputStream(super.getContent()) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) count(1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) count(n);
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new ResponseTooLarge("the response body" + where + " exceeds the harness limit of " + max
                                + " bytes (limits.maxResponseBytes (" + max + "))");
                    }
                }
            };
        }
    }

    static final class ResponseTooLarge extends IOException {
        ResponseTooLarge(String message) {
            super(message);
        }
    }
}
