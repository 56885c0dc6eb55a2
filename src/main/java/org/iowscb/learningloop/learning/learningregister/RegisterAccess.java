package org.iowscb.learningloop.learning.learningregister;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.iowscb.learningloop.platform.identity.Groups;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may use the register: it is the Board's record, read by the Board, its business unit and
 * sub-groups; only the business unit or an administrator changes it (extends the list of
 * themes). An agency or a school sees its own work in Tasklist, not the register. The signed-in
 * person and their groups come from the engine's authentication, which the authentication filter
 * sets for each request.
 */
@Component
class RegisterAccess implements HandlerInterceptor {

    static final Set<String> READERS = Set.of(Groups.BOARD, Groups.BUSINESS_UNIT, Groups.SCR_SUBGROUP,
        Groups.PQA_SUBGROUP, Groups.EDUCATION_SUBGROUP, Groups.CDOP, Groups.WORKFORCE_DEVELOPMENT, Groups.CAMUNDA_ADMIN);
    static final Set<String> EDITORS = Set.of(Groups.BUSINESS_UNIT, Groups.CAMUNDA_ADMIN);

    private final IdentityService identity;

    RegisterAccess(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> groups = groupsOfCaller();
        if (groups.stream().noneMatch(READERS::contains)) {
            throw RegisterRequestException.forbidden("The learning register is the Board's record: it is open to "
                + "the Board, its business unit and sub-groups. Agencies and schools see their own work in Tasklist.");
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
            && groups.stream().noneMatch(EDITORS::contains)) {
            throw RegisterRequestException.forbidden("Only the business unit or an administrator can change the "
                + "learning register (for example add a theme to the list).");
        }
        return true;
    }

    private List<String> groupsOfCaller() {
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            throw RegisterRequestException.unauthorized("Sign in to read the learning register.");
        }
        return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    }
}
