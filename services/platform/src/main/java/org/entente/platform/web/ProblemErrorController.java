package org.entente.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Errors that never reach a controller — a request the servlet container or the security firewall rejects (an encoded
 * slash, a malformed URL), an unknown path — answered as problem+json like every other error, instead of Boot's
 * default error page.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Called directly rather than as an error dispatch: there is nothing here.
        HttpStatus status = code == null ? HttpStatus.NOT_FOUND
                : code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + (status.is4xxClientError() ? "invalid-request"
                : "internal-error")));
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(status.is4xxClientError()
                ? "the request was refused before it reached the API (malformed or disallowed URL or request)"
                : "the request could not be completed; nothing was recorded unless a later read shows it");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
