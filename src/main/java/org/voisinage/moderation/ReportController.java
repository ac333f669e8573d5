package org.voisinage.moderation;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * "Report" on any content: {@code /signaler/{type}/{id}} with the type's code ({@code listing}, {@code comment},
 * ...). Other modules link to it; signed-in residents only; content they cannot see is not found.
 */
@Controller
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/signaler/{type}/{id}")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable String type, @PathVariable long id,
            Model model) {
        ContentRef ref = ref(type, id);
        model.addAttribute("report", ReportForm.empty());
        return page(user, ref, model);
    }

    @PostMapping("/signaler/{type}/{id}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable String type, @PathVariable long id,
            @Valid @ModelAttribute("report") ReportForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ContentRef ref = ref(type, id);
        if (!result.hasFieldErrors("details") && form.lacksDetails()) {
            result.rejectValue("details", "moderation.report.details.required");
        }
        if (result.hasErrors()) {
            return page(user, ref, model);
        }
        ContentSnapshot content = reports.reportable(ref, user.id());
        try {
            reports.report(user.id(), ref, form.reason(), form.details());
            redirect.addFlashAttribute("success", "moderation.report.thanks");
        } catch (Refusal alreadyReported) {
            redirect.addFlashAttribute("info", alreadyReported.code());
        }
        return "redirect:" + (content.path() == null ? "/" : content.path());
    }

    /** The reported item is "reported", not "content": that name is the layout's fragment parameter and would hide it. */
    private String page(CurrentUser user, ContentRef ref, Model model) {
        model.addAttribute("reported", reports.reportable(ref, user.id()));
        model.addAttribute("alreadyReported", reports.hasReported(user.id(), ref));
        model.addAttribute("reasons", ReportReason.values());
        return "moderation/report";
    }

    private static ContentRef ref(String type, long id) {
        return new ContentRef(ContentType.fromCode(type).orElseThrow(() -> new NotFoundException("content type", type)),
                id);
    }
}
