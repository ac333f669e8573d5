package org.voisinage.following;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.voisinage.common.SiteClock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's view of the digest runs: what was built, sent and failed; failures retried; a run started by hand. */
@Controller
@RequestMapping("/admin/digests")
class DigestAdminController {

    static final int RUNS_SHOWN = 30;

    private final Digests digests;
    private final Clock clock;
    private final ZoneId zone;

    DigestAdminController(Digests digests, Clock clock, SiteClock siteClock) {
        this.digests = digests;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    @GetMapping
    String runs(Model model) {
        model.addAttribute("runs", digests.recentRuns(RUNS_SHOWN));
        return "following/admin/digests";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        int retried = digests.retryFailures(id);
        redirect.addFlashAttribute(retried > 0 ? "success" : "info",
                retried > 0 ? "following.admin.retried" : "following.admin.nothingToRetry");
        return "redirect:/admin/digests";
    }

    /** Builds today's digests now (what is missing of them: a period's digests are never built twice). */
    @PostMapping("/build")
    String build(@RequestParam Frequency kind, RedirectAttributes redirect) {
        if (kind != Frequency.DAILY && kind != Frequency.WEEKLY) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Digests are daily or weekly");
        }
        digests.build(DigestPeriod.of(kind, LocalDate.now(clock.withZone(zone)), zone));
        redirect.addFlashAttribute("success", "following.admin.built");
        return "redirect:/admin/digests";
    }
}
