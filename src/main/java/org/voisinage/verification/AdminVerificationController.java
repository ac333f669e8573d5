package org.voisinage.verification;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.common.Paging;
import org.voisinage.common.Refusal;

/** The staff queue: pending residents, letters to print and post, staff review, and the audit. */
@Controller
@RequestMapping("/admin/verifications")
class AdminVerificationController {

    static final int PAGE_SIZE = 50;

    private final VerificationQueue queue;
    private final Letters letters;
    private final VerificationAudit audit;
    private final Residents residents;

    AdminVerificationController(VerificationQueue queue, Letters letters, VerificationAudit audit,
            Residents residents) {
        this.residents = residents;
        this.queue = queue;
        this.letters = letters;
        this.audit = audit;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal CurrentUser staff, @RequestParam(required = false) QueueFilter filter,
            @RequestParam(required = false) Long neighbourhood, @RequestParam(defaultValue = "0") int page, Model model) {
        QueueFilter chosen = filter == null ? QueueFilter.PENDING : filter;
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", QueueFilter.values());
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("neighbourhoods", queue.neighbourhoods());
        model.addAttribute("page", queue.rows(chosen, neighbourhood, Paging.page(page, PAGE_SIZE),
                residents.viewer(staff)));
        model.addAttribute("batches", letters.unsentBatches());
        return "verification/admin-queue";
    }

    /**
     * Prints letters: for the residents ticked in the queue, or for every pending resident without a letter on
     * its way (of the chosen neighbourhood, if any). The PDF is the only place the codes exist.
     */
    @PostMapping("/letters")
    ResponseEntity<byte[]> letters(@AuthenticationPrincipal CurrentUser staff,
            @RequestParam(required = false) List<Long> residentIds, @RequestParam(required = false) Long neighbourhood,
            @RequestParam(defaultValue = "selected") String scope) {
        List<Long> chosen = "allWithoutLetter".equals(scope) ? letters.withoutActiveLetter(neighbourhood)
                : residentIds == null ? List.of() : residentIds;
        LetterBatch batch = chosen.isEmpty() ? null : letters.generate(chosen, staff.id());
        if (batch == null || batch.count() == 0) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .header(HttpHeaders.LOCATION, "/admin/verifications?nothingToPrint").build();
        }
        String name = "voisinage-letters-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Letter-Batch", batch.batchId().toString())
                .body(batch.pdf());
    }

    @PostMapping("/letters/sent")
    String markSent(@RequestParam(required = false) UUID batchId, @RequestParam(required = false) List<Long> letterIds,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        int marked = batchId != null ? letters.markBatchSent(batchId)
                : letterIds != null ? letters.markSent(letterIds) : 0;
        redirect.addFlashAttribute(marked > 0 ? "success" : "info",
                marked > 0 ? "verification.letters.markedSent" : "verification.letters.nothingMarked");
        return back != null && back.matches("/admin/verifications/\\d+") ? "redirect:" + back : "redirect:/admin/verifications";
    }

    @GetMapping("/{residentId}")
    String show(@PathVariable long residentId, Model model) {
        model.addAttribute("rejectForm", new RejectForm(""));
        return casePage(residentId, model);
    }

    @PostMapping("/{residentId}/flat")
    String correctFlat(@AuthenticationPrincipal CurrentUser staff, @PathVariable long residentId,
            @Valid @ModelAttribute("flatForm") FlatForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("rejectForm", new RejectForm(""));
            return casePage(residentId, model);
        }
        queue.correctFlat(residentId, form.flat(), staff.id());
        redirect.addFlashAttribute("success", "verification.case.flat.corrected");
        return "redirect:/admin/verifications/" + residentId;
    }

    @PostMapping("/{residentId}/verify")
    String verify(@AuthenticationPrincipal CurrentUser staff, @PathVariable long residentId, RedirectAttributes redirect) {
        try {
            boolean done = queue.verify(residentId, staff.id());
            redirect.addFlashAttribute(done ? "success" : "info",
                    done ? "verification.staff.verified" : "verification.staff.alreadyVerified");
        } catch (Refusal householdFull) {
            audit.recordHouseholdFull(residentId, staff.id(), VerificationMethod.STAFF_REVIEW);
            redirect.addFlashAttribute("error", "verification.householdFull");
        }
        return "redirect:/admin/verifications/" + residentId;
    }

    @PostMapping("/{residentId}/reject")
    String reject(@AuthenticationPrincipal CurrentUser staff, @PathVariable long residentId,
            @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return casePage(residentId, model);
        }
        boolean done = queue.reject(residentId, form.reason(), staff.id());
        redirect.addFlashAttribute(done ? "success" : "info",
                done ? "verification.staff.rejected" : "verification.staff.notPending");
        return "redirect:/admin/verifications/" + residentId;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) VerificationMethod method, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("method", method);
        model.addAttribute("methods", VerificationMethod.values());
        model.addAttribute("page", audit.page(method,
                Paging.page(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"))));
        return "verification/admin-audit";
    }

    private String casePage(long residentId, Model model) {
        ResidentCase file = queue.caseOf(residentId);
        model.addAttribute("file", file);
        if (!model.containsAttribute("flatForm")) {
            model.addAttribute("flatForm", new FlatForm(file.row().resident().flat()));
        }
        return "verification/admin-case";
    }
}
