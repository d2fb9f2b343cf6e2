package org.csi.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csi.harness.store.S3Store;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the store tests: moto's {@code moto_server}, started as its own process on 127.0.0.1
 * with port 0 (the port is read back from its start-up line), stopped with the test. Installed by .ci/run.
 */
final class LocalS3Server implements AutoCloseable {
    static final String KEY_ID = "csi-test-key", SECRET = "csi-test-secret", REGION = "us-east-1";
    private static final Pattern LISTENING = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    final URI endpoint;

    private LocalS3Server(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static LocalS3Server start() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", "0").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("moto_server (the local S3-compatible server of these tests) is not installed: see .ci/run", e);
        }
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> { // keeps reading, so that the server never blocks on a full pipe
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (IOException ignored) {
                // the server ended
            }
            port.completeExceptionally(new IllegalStateException("moto_server ended before it listened"));
        }, "moto-server-output");
        drain.setDaemon(true);
        drain.start();
        try {
            return new LocalS3Server(p, URI.create("http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS)));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("moto_server did not start: " + e, e);
        }
    }

    S3Store.Settings settings() {
        return new S3Store.Settings(endpoint, REGION, StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET)));
    }

    void createBucket(String bucket) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    S3Client client() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build()).region(Region.of(REGION)).endpointOverride(endpoint)
                .forcePathStyle(true).credentialsProvider(settings().credentials()).build();
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
