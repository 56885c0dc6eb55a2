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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Every request needs a signed-in person, except the health probe and the Camunda webapps
 * (whose pages are the login screen; their own API checks the session). A person signed in to the
 * webapps in this browser is signed in for the board page and the register too. HTTP Basic credentials
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
    static final String BOARD = "/board";
    static final String REGISTER = "/api/learning";
    static final String WEBJARS = "/webjars/";
    static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/";
    static final String ENGINE = "default";

    private final ProcessEngineAuthenticationFilter basicAuthentication = new ProcessEngineAuthenticationFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        basicAuthentication.init(config);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = pathOf(http);
        UserAuthentication signedIn = http.getHeader("Authorization") == null && sessionServes(http, path)
            ? signedInToWebapps(http) : null;
        if (isPublic(path)) {
            chain.doFilter(request, response);
        } else if (signedIn != null) {
            withEngineAuthentication(signedIn, request, response, chain);
        } else if (path.startsWith(BOARD) && "GET".equals(http.getMethod()) && http.getHeader("Authorization") == null) {
            // a person's browser, not signed in: the webapps' login page, then back to the board page from the header
            ((HttpServletResponse) response).sendRedirect(http.getContextPath() + TASKLIST_LOGIN);
        } else {
            basicAuthentication.doFilter(request, response, chain);
        }
    }

    /**
     * The session signs in for the board page and the register only (never the REST API, which has no
     * cross-site request check), and for a change only when the browser says the page sending it is ours.
     */
    static boolean sessionServes(HttpServletRequest request, String path) {
        if (!path.startsWith(BOARD) && !path.startsWith(REGISTER) && !path.startsWith(WEBJARS)) {
            return false;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        return origin != null && host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /**
     * The person signed in to Tasklist, Cockpit or Admin in this browser session, so the board page and the
     * register open without a second sign-in; null without one.
     */
    private static UserAuthentication signedInToWebapps(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Object user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
        return user instanceof UserAuthentication userAuthentication ? userAuthentication : null;
    }

    private static void withEngineAuthentication(UserAuthentication user, ServletRequest request,
                                                 ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        IdentityService identity = EngineUtil.lookupProcessEngine(ENGINE).getIdentityService();
        identity.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
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
