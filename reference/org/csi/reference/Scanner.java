package org.csi.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A banner-grabbing vulnerability scan (CSI-UW UW-04/05): one GET per authorised URL, the Server banner looked up
 * in a small feed. In test mode it refuses any address that is not loopback or private (pack README §4.7).
 */
final class Scanner {
    private record Vulnerability(String cveId, String title, double score, String vector) {}

    private static final List<String[]> FEED_BANNERS = List.of(
            new String[] {"Apache/2.4.49", "CVE-2021-41773"}, new String[] {"Apache/2.4.50", "CVE-2021-42013"});
    private static final List<Vulnerability> FEED = List.of(
            new Vulnerability("CVE-2021-41773", "Apache HTTP Server 2.4.49 路径穿越 / path traversal", 7.5,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"),
            new Vulnerability("CVE-2021-42013", "Apache HTTP Server 2.4.50 路径穿越与远程代码执行 / path traversal and RCE", 9.8,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));

    private final Set<Fault> faults;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Scanner(Set<Fault> faults) {
        this.faults = faults;
    }

    /** Scans one URL asset; adds its findings. An unreachable or public target gives no finding. */
    void scan(String assetRef, String url, ArrayNode findings) {
        String banner = banner(url);
        if (banner == null) return;
        for (String[] match : FEED_BANNERS) {
            if (!banner.startsWith(match[0])) continue;
            Vulnerability v = FEED.stream().filter(x -> x.cveId.equals(match[1])).findFirst().orElseThrow();
            finding(findings, assetRef, v.cveId, v.title, v.score, v.vector);
        }
        if (!banner.isEmpty()) {
            finding(findings, assetRef, null, "服务器标识暴露 / Server banner disclosed: " + banner, 0.0,
                    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N");
        }
    }

    /**
     * The Server banner of one URL, by one GET; null for a public address (test mode scans only loopback and private
     * addresses, pack README §4.7) or an unreachable one; "" when the answer has no banner.
     */
    String banner(String url) {
        try {
            URI uri = URI.create(url);
            InetAddress address = InetAddress.getByName(uri.getHost());
            if (!(address.isLoopbackAddress() || address.isSiteLocalAddress())) return null;
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.headers().firstValue("Server").orElse("");
        } catch (Exception e) {
            return null;
        }
    }

    /** The severity object of UW-05 (both scales) for a CVSS v3.1 base score. */
    ObjectNode severity(double score, String vector) {
        ObjectNode s = Json.object().put("cvssVersion", "3.1").put("cvssBaseScore", new BigDecimal(String.valueOf(score)))
                .put("cvssVector", vector).put("cvssSeverity", cvssSeverity(score));
        String level = gbtLevel(score);
        if (level == null) s.putNull("gbt30279Level"); else s.put("gbt30279Level", level);
        return s;
    }

    private void finding(ArrayNode findings, String assetRef, String cve, String title, double score, String vector) {
        ObjectNode f = findings.addObject().put("findingId", "fnd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
                .put("assetRef", assetRef);
        if (cve == null) f.putNull("cveId"); else f.put("cveId", cve);
        f.put("title", title);
        f.set("severity", severity(score, vector));
    }

    static String cvssSeverity(double score) {
        return score >= 9.0 ? "CRITICAL" : score >= 7.0 ? "HIGH" : score >= 4.0 ? "MEDIUM" : score >= 0.1 ? "LOW" : "NONE";
    }

    private String gbtLevel(double score) {
        if (faults.contains(Fault.UW05_SCALES_MISMAPPED) && score >= 7.0 && score < 9.0) return "MEDIUM";
        return score >= 9.0 ? "EXTREME" : score >= 7.0 ? "HIGH" : score >= 4.0 ? "MEDIUM" : score >= 0.1 ? "LOW" : null;
    }
}
