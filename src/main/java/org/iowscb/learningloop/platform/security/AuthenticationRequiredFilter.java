package org.iowscb.learningloop.platform.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Every request needs a signed-in person, except the health probe and the Camunda webapps
 * (whose pages are the login screen; their own API checks the session). HTTP Basic credentials
 * are checked against the Camunda identity service by Camunda's own
 * {@link ProcessEngineAuthenticationFilter}, as Camunda Run does; it answers 401 without them and
 * sets the engine's authentication (user and groups) for the request, so the engine's
 * authorizations apply to everything the request does.
 */
class AuthenticationRequiredFilter implements Filter {

    /** {@code /camunda-welcome}: the webapps' login page asks it on a first visit. */
    static final Set<String> PUBLIC_PATHS = Set.of("/", "/actuator/health", "/actuator/health/liveness",
        "/actuator/health/readiness", "/favicon.ico", "/camunda-welcome");
    static final String WEBAPPS = "/camunda/";

    private final ProcessEngineAuthenticationFilter basicAuthentication = new ProcessEngineAuthenticationFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        basicAuthentication.init(config);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        String path = pathOf((HttpServletRequest) request);
        if (isPublic(path)) {
            chain.doFilter(request, response);
        } else {
            basicAuthentication.doFilter(request, response, chain);
        }
    }

    static boolean isPublic(String path) {
        return PUBLIC_PATHS.contains(path) || path.startsWith(WEBAPPS);
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.substring(context.length());
    }

    @Override
    public void destroy() {
        basicAuthentication.destroy();
    }
}
