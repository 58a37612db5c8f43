package org.entente.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 401 and 403 from the security filters as problem+json, like every other error of the API. The standard bearer
 * handlers still set the status and the {@code WWW-Authenticate} header (RFC 6750); this adds the body.
 */
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper objectMapper;

    public ProblemSecurityResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        // The decoder's description says what is wrong with the token (expired, bad signature, wrong issuer, a
        // missing claim) without repeating the token itself.
        String detail = failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getDescription() != null
                ? oauth.getError().getDescription()
                : "a bearer token is required: Authorization: Bearer <token>";
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated", detail, request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerDenied.handle(request, response, denied);
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "the token's roles do not allow " + request.getMethod() + " " + request.getRequestURI(), request);
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
                       HttpServletRequest request) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemResponses.TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
