package org.csi.harness.target;

import java.net.URI;
import java.util.List;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.Credential;

/** A solution already running somewhere, reached by URL. */
public final class UrlTarget implements Target {
    private final String baseUrl;
    private final List<Credential> credentials;

    public UrlTarget(String url, List<Credential> credentials) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--target is not a URL: " + url);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new ConfigException("--target must be an http(s) URL such as http://127.0.0.1:8080, not '" + url + "'");
        }
        if (credentials.isEmpty()) {
            throw new ConfigException("--target needs credentials: pass --config FILE (see fixtures/config/example-config.json)");
        }
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.credentials = credentials;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<Credential> credentials() {
        return credentials;
    }

    public String identity() {
        return baseUrl;
    }
}
