package org.csi.reference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method and path template to a handler; unknown paths are 404, known paths with another method 405. */
final class Router {
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    record Route(String method, Pattern pattern, boolean testOnly, Handler handler) {}

    record Match(Route route, List<String> params) {}

    private final List<Route> routes = new ArrayList<>();

    Router on(String method, String template, Handler handler) {
        return add(method, template, false, handler);
    }

    /** Test-only endpoints answer 404 to live credentials (pack README §4.7). */
    Router onTestOnly(String method, String template, Handler handler) {
        return add(method, template, true, handler);
    }

    private Router add(String method, String template, boolean testOnly, Handler handler) {
        String regex = template.replaceAll("\\{[^/]+}", "([^/]+)");
        routes.add(new Route(method, Pattern.compile(regex), testOnly, handler));
        return this;
    }

    Match match(String method, String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Matcher m = r.pattern.matcher(path);
            if (!m.matches()) continue;
            if (r.method.equals(method)) {
                List<String> params = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) params.add(m.group(i));
                return new Match(r, params);
            }
            allowed.add(r.method);
        }
        if (allowed.isEmpty()) throw ApiException.of(404, "No such resource: " + path).build();
        throw new MethodNotAllowed(String.join(", ", allowed));
    }

    static final class MethodNotAllowed extends RuntimeException {
        final String allow;

        MethodNotAllowed(String allow) {
            super(allow, null, false, false);
            this.allow = allow;
        }
    }
}
