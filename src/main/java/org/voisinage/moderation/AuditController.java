package org.voisinage.moderation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.common.Paging;

/** The audit log for staff, {@code /admin/audit}: filtered, paginated, exported as CSV. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
            @RequestParam(defaultValue = "0") int page, Model model) {
        check(filter, result);
        model.addAttribute("entries", result.hasErrors() ? org.springframework.data.domain.Page.empty()
                : audit.search(filter, Paging.page(page, PAGE_SIZE)));
        return "moderation/audit";
    }

    @GetMapping("/export")
    String export(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result, Model model,
            HttpServletResponse response) throws IOException {
        check(filter, result);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("entries", org.springframework.data.domain.Page.empty());
            return "moderation/audit";
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        audit.export(filter, response.getWriter());
        return null;
    }

    private static void check(AuditFilter filter, BindingResult result) {
        if (!result.hasFieldErrors("to") && filter.endsBeforeItStarts()) {
            result.rejectValue("to", "moderation.audit.to.beforeFrom");
        }
    }
}
