package org.csi.harness.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.csi.harness.config.ConfigException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A results store in an S3-compatible bucket: {@code s3://bucket/prefix}. Every file of the run is put first and the
 * completion marker last; listing takes only runs whose marker is there.
 */
public final class S3Store implements ResultStore {
    /** Where the bucket is served, and as whom; {@code endpoint} null for AWS itself. */
    public record Settings(URI endpoint, String region, AwsCredentialsProvider credentials) {
        /** CSI_S3_ENDPOINT, AWS_REGION (default us-east-1) and the SDK's standard credential chain (AWS_ACCESS_KEY_ID, ...). */
        public static Settings fromEnvironment(Map<String, String> env) {
            String endpoint = env.get("CSI_S3_ENDPOINT");
            String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1"));
            return new Settings(endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint), region,
                    DefaultCredentialsProvider.builder().build());
        }
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3Store(URI uri, Settings settings) {
        if (uri.getHost() == null || uri.getHost().isBlank()) throw new ConfigException("s3 store needs a bucket: s3://bucket/prefix, not " + uri);
        this.bucket = uri.getHost();
        String p = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
        this.prefix = p.isEmpty() ? "" : p + "/";
        var b = S3Client.builder().httpClient(UrlConnectionHttpClient.builder().build()).region(Region.of(settings.region()))
                .credentialsProvider(settings.credentials()).forcePathStyle(true)
                // S3-compatible servers do not all know the newer default checksums: send them only where S3 requires.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) b.endpointOverride(settings.endpoint());
        this.s3 = b.build();
    }

    static S3Store open(URI uri) {
        return new S3Store(uri, Settings.fromEnvironment(System.getenv()));
    }

    @Override
    public StoredRun publish(Path runDir, List<Path> extras) {
        ObjectNode marker = ResultStore.marker(runDir);
        StoredRun run = ResultStore.fromMarker(marker);
        String base = runPrefix(run);
        try {
            for (Path rel : ResultStore.filesOf(runDir)) put(base + rel.toString().replace('\\', '/'), RequestBody.fromFile(runDir.resolve(rel)));
            for (Path extra : extras) put(base + extra.getFileName(), RequestBody.fromFile(extra));
            put(base + MARKER, RequestBody.fromString(marker.toPrettyString())); // last: the run now counts
        } catch (SdkException e) {
            throw new ConfigException("cannot publish " + runDir + " to s3://" + bucket + "/" + prefix + ": " + e.getMessage());
        }
        return run;
    }

    private void put(String key, RequestBody body) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), body);
    }

    private String runPrefix(StoredRun run) {
        return prefix + run.solutionKey() + "/" + run.runId() + "/";
    }

    @Override
    public List<StoredRun> runs() {
        List<StoredRun> runs = new ArrayList<>();
        try {
            for (S3Object o : objects(prefix)) {
                String rest = o.key().substring(prefix.length());
                String[] parts = rest.split("/");
                if (parts.length != 3 || !parts[2].equals(MARKER)) continue;
                StoredRun r = ResultStore.fromMarker(Json.MAPPER.readTree(
                        s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(o.key()).build()).asByteArray()));
                if (r.solutionKey().equals(parts[0]) && r.runId().equals(parts[1])) runs.add(r);
            }
        } catch (SdkException | IOException e) {
            throw new ConfigException("cannot read the results store s3://" + bucket + "/" + prefix + ": " + e.getMessage());
        }
        return runs;
    }

    private Iterable<S3Object> objects(String under) {
        return s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(under).build()).contents();
    }

    @Override
    public Path fetch(StoredRun run, Path scratch) {
        String base = runPrefix(run);
        Path dir = scratch.resolve(run.solutionKey()).resolve(run.runId());
        try {
            for (S3Object o : objects(base)) {
                Path to = dir.resolve(o.key().substring(base.length())).normalize();
                if (!to.startsWith(dir)) continue; // never outside the scratch folder, whatever a key says
                Files.createDirectories(to.getParent());
                Files.write(to, s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(o.key()).build()).asByteArray());
            }
        } catch (SdkException | IOException e) {
            throw new ConfigException("cannot fetch " + base + " from s3://" + bucket + ": " + e.getMessage());
        }
        return dir;
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + prefix;
    }
}
