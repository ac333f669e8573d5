package org.voisinage.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the servlet's multipart limit is refused before any controller runs, so this advice has no
 * controller to be limited to: it sends the browser back to the page it posted to with a translated
 * message instead of an error page. (Any module's upload form benefits; the key is the shared one.)
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", request.getRequestURI().startsWith("/admin/addresses")
                ? "directory.upload.tooLargeFlash"
                : "upload.tooLarge");
        // back to the form's own page (its GET twin); the path is the one the browser posted to
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "redirect:" + (path.startsWith("/") && !path.startsWith("//") ? path : "/");
    }
}
