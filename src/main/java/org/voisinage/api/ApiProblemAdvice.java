package org.voisinage.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/**
 * The read API's errors as RFC 9457 problem details ({@code application/problem+json}), the {@code detail} in the
 * caller's language (Accept-Language, French by default). A refusal takes the web shell's status for its kind,
 * except FORBIDDEN to a caller without a token: 401, a token would open it. What the caller may not see is 404,
 * as a missing one.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request, Locale locale) {
        HttpStatus status = RefusalAdvice.status(refusal.kind());
        if (status == HttpStatus.FORBIDDEN && ApiController.caller(request).anonymous()) {
            ResponseEntity<ProblemDetail> problem = problem(HttpStatus.UNAUTHORIZED, "api.tokenNeeded",
                    new Object[0], locale);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer realm=\"voisinage\"").body(problem.getBody());
        }
        return problem(status, refusal.code(), refusal.arguments(), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.notFound", new Object[0], locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "api.badParameter", new Object[] {e.getName()}, locale);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Object[] arguments, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(code, arguments, code, locale));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
