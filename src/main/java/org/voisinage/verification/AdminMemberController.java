package org.voisinage.verification;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.voisinage.account.CurrentUser;
import org.voisinage.common.Paging;

/** Staff import the cooperative's member register from CSV. */
@Controller
@RequestMapping("/admin/members")
class AdminMemberController {

    /** Stated on the form; about 20,000 members. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final MemberRegister register;
    private final RegisterLeavers leavers;

    AdminMemberController(MemberRegister register, RegisterLeavers leavers) {
        this.register = register;
        this.leavers = leavers;
    }

    /** The member register CSV staff upload: the file stays here, the register reads its content. */
    record MemberImportForm(MultipartFile file) {}

    @GetMapping
    String show(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("importForm", new MemberImportForm(null));
        return page(page, model);
    }

    @PostMapping
    String importCsv(@ModelAttribute("importForm") MemberImportForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        var file = form.file();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "verification.members.file.required");
        } else if (file.getOriginalFilename() == null
                || !file.getOriginalFilename().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            result.rejectValue("file", "verification.members.file.notCsv");
        } else if (file.getSize() > MAX_BYTES) {
            result.rejectValue("file", "verification.members.file.tooLarge", new Object[] {MAX_BYTES / (1024 * 1024)}, null);
        } else {
            MemberRegister.ImportOutcome outcome = register.importCsv(file.getInputStream());
            if (outcome.fileError() == null) {
                redirect.addFlashAttribute("report", outcome.report());
                redirect.addFlashAttribute("success", "verification.members.imported");
                return "redirect:/admin/members";
            }
            result.rejectValue("file", outcome.fileError(), new Object[] {String.join(";", org.voisinage.verification.internal.MemberCsv.HEADER)}, null);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(0, model);
    }

    @PostMapping("/leavers/{memberNumber}/keep")
    String keep(@AuthenticationPrincipal CurrentUser staff, @PathVariable String memberNumber,
            @Valid @ModelAttribute("keepForm") KeepForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("importForm", new MemberImportForm(null));
            model.addAttribute("keepFor", memberNumber);
            return page(0, model);
        }
        leavers.keep(memberNumber, form.reason(), staff.id());
        redirect.addFlashAttribute("success", "verification.leavers.kept");
        return "redirect:/admin/members";
    }

    private String page(int page, Model model) {
        model.addAttribute("leavers", leavers.inGrace());
        if (!model.containsAttribute("keepForm")) {
            model.addAttribute("keepForm", new KeepForm(""));
        }
        model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
        model.addAttribute("size", register.size());
        model.addAttribute("page", register.entries(Paging.page(page, 50)));
        return "verification/admin-members";
    }
}
