package org.voisinage.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * The web shell's side of {@link Refusal}: the one place kinds become HTTP statuses. A refusal a form puts on its
 * fields takes its status from {@link #status}; any other is shown by the web module's one refusal page
 * ({@code web.RefusalPage}). A missing record ({@link NotFoundException}) is answered with 404 here.
 */
@ControllerAdvice
public class RefusalAdvice {

    public static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case GONE -> HttpStatus.GONE;
        };
    }

    public static int status(Refusal refusal) {
        return status(refusal.kind()).value();
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
