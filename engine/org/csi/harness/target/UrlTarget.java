package org.csi.harness.target;

import java.net.URI;
import java.util.List;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.Credential;

/** A solution already running somewhere, reached by URL. */
public final class UrlTarget implements Target {
    private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");
    private final String baseUrl;
    private final List<Credential> credentials;

    public UrlTarget(String url, List<Credential> credentials) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--target is not a URL: " + withoutUserInfo(url));
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new ConfigException("--target must be an http(s) URL such as http://127.0.0.1:8080, not '" + withoutUserInfo(url) + "'");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            throw new ConfigException("--target: port " + uri.getPort() + " is out of range (1 to 65535)");
        }
        if (credentials.isEmpty()) {
            throw new ConfigException("--target needs credentials: pass --config FILE (see fixtures/config/example-config.json)");
        }
        // The pack authenticates with OAuth tokens and API keys, never with the URL: credentials in it are dropped, so
        // that they reach no request, no evidence and no report.
        String bare = withoutUserInfo(url);
        this.baseUrl = bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
        this.credentials = credentials;
    }

    /** {@code url} without the {@code user:password@} part of its authority, if it has one. */
    public static String withoutUserInfo(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1");
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
