package org.entente.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.NotPermitted;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Enforces {@link Allowed} and {@link Reads} before the request body is even read, so a refused caller learns
 * nothing about the validity of their input. Handlers outside Entente (springdoc, Boot's error page) are left alone.
 */
public class AccessInterceptor implements HandlerInterceptor {

    private static final List<String> PAST_VIEW_PARAMETERS = List.of("asOf", "knownAt");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith("org.entente.")
                || ErrorController.class.isAssignableFrom(method.getBeanType())) {
            return true;
        }
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        Reads reads = method.getMethodAnnotation(Reads.class);
        if (allowed == null && reads == null) {
            throw new NotPermitted("no-access-rule", "this endpoint declares no access rule, so nobody may call it");
        }
        Actor actor = JwtActorResolver.current();
        if (allowed != null) {
            check(allowed, actor, request);
        } else {
            check(reads, actor, request);
        }
        return true;
    }

    private static void check(Allowed allowed, Actor actor, HttpServletRequest request) {
        List<String> permitted = Arrays.asList(allowed.value());
        boolean byOtherRole = actor.roles().stream()
                .anyMatch(role -> permitted.contains(role) && !role.equals(Roles.COALITION_AUTHORITY));
        if (byOtherRole) {
            return;
        }
        if (permitted.contains(Roles.COALITION_AUTHORITY) && actor.hasRole(Roles.COALITION_AUTHORITY)) {
            if (allowed.councilOf().isEmpty()) {
                return;
            }
            String coalitionId = pathVariable(request, allowed.councilOf());
            if (coalitionId != null && actor.coalitions().contains(coalitionId)) {
                return;
            }
            throw new NotPermitted("council-scope", "the council role of this token does not cover coalition "
                    + coalitionId);
        }
        throw new NotPermitted("role", "needs one of the roles " + permitted + "; the token has " + actor.roles());
    }

    private static void check(Reads reads, Actor actor, HttpServletRequest request) {
        // an operator runs the service and reads no coalition records: the token reads by its other roles only
        List<String> readingRoles = actor.roles().stream().filter(role -> !Roles.OPERATOR.equals(role)).toList();
        if (readingRoles.isEmpty()) {
            throw new NotPermitted("role", "reading needs an Entente role other than operator; the token has "
                    + actor.roles());
        }
        boolean pastView = reads.history()
                || PAST_VIEW_PARAMETERS.stream().anyMatch(name -> request.getParameter(name) != null);
        if (pastView && readingRoles.stream().allMatch(Roles.OBSERVER::equals)) {
            throw new NotPermitted("role", "histories and past views are for roles other than observer");
        }
    }

    @SuppressWarnings("unchecked")
    private static String pathVariable(HttpServletRequest request, String name) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (String) ((Map<String, String>) map).get(name) : null;
    }
}
