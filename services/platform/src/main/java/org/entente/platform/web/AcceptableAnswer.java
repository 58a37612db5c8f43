package org.entente.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Refuses a write whose caller accepts no answer the service can give (406) before the handler runs. Spring would
 * only find out while writing the answer — after the command was recorded — so a client retrying on the 406 would
 * record it twice.
 */
public class AcceptableAnswer implements HandlerInterceptor {

    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod) || HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod()) || request.getHeader("Accept") == null) {
            return true;
        }
        Collection<MediaType> answers = producible(request);
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders("Accept")));
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("the Accept header cannot be read: " + e.getMessage());
        }
        boolean answerable = accepted.isEmpty()
                || accepted.stream().anyMatch(type -> answers.stream().anyMatch(type::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(List.copyOf(answers));
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Collection<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Set<?> types && !types.isEmpty() ? (Set<MediaType>) types : ANSWERS;
    }
}
