package org.voisinage.challenge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.voisinage.common.Paging;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.ResidentView;
import org.voisinage.agenda.Agenda;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.RefusalAdvice;

/** The challenges' public pages: the listing, a challenge's page, pledging and withdrawing; actions proposed by residents. */
@Controller
class ChallengeController {

    private static final int PAGE_SIZE = 12;

    private final Challenges challenges;
    private final ChallengePledges pledges;
    private final ChallengeLifecycle lifecycle;
    private final Actions actions;
    private final ChallengeTrends trends;
    private final Agenda agenda;

    ChallengeController(Challenges challenges, ChallengePledges pledges, ChallengeLifecycle lifecycle, Actions actions,
            ChallengeTrends trends, Agenda agenda) {
        this.challenges = challenges;
        this.pledges = pledges;
        this.lifecycle = lifecycle;
        this.actions = actions;
        this.trends = trends;
        this.agenda = agenda;
    }

    @GetMapping("/defis")
    String list(@RequestParam(required = false) Theme theme, @RequestParam(required = false) ChallengeState state,
            @RequestParam(defaultValue = "CLOSENESS") Challenges.Sort sort, @RequestParam(defaultValue = "0") int page,
            Model model) {
        ResidentView me = (ResidentView) model.getAttribute("me");
        model.addAttribute("page", challenges.list(me, theme, state, sort, Paging.page(page, PAGE_SIZE)));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("states", ChallengeState.values());
        model.addAttribute("sorts", Challenges.Sort.values());
        model.addAttribute("theme", theme);
        model.addAttribute("state", state == null ? ChallengeState.OPEN : state);
        model.addAttribute("sort", sort);
        model.addAttribute("territories", trends.territories(me == null ? null : me.id()));
        return "challenge/list";
    }

    @GetMapping("/defis/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("challenge", challenges.page(id, (ResidentView) model.getAttribute("me")));
        model.addAttribute("pledgeForm", PledgeForm.empty());
        addEvents(id, model);
        return "challenge/show";
    }

    /** The challenge's coming events (its apéros), from the agenda. */
    private void addEvents(long id, Model model) {
        model.addAttribute("events", agenda.upcomingOf(ChallengeEventHost.TYPE, id, 5, (ResidentView) model.getAttribute("me")));
        model.addAttribute("eventHostType", ChallengeEventHost.TYPE);
    }

    /**
     * The fulfilment photo, to those who may see the challenge (a members-only territory's is not public): re-encoded
     * JPEG under a name that never changes, so caches may keep it: shared caches only a public challenge's.
     */
    @GetMapping("/defis/{id}/photo")
    ResponseEntity<Resource> photo(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        boolean forAnyone = challenges.requireVisible(id, user == null ? null : user.id());
        CacheControl thirtyDays = CacheControl.maxAge(Duration.ofDays(30));
        return ResponseEntity.ok()
                .cacheControl(forAnyone ? thirtyDays.cachePublic() : thirtyDays.cachePrivate())
                .contentType(MediaType.IMAGE_JPEG)
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(lifecycle.fulfilmentPhoto(id)));
    }

    @PostMapping("/defis/{id}/engagement")
    String pledge(@PathVariable long id, @ModelAttribute("pledgeForm") PledgeForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            pledges.pledge(id, user.id(), form.follows());
            redirect.addFlashAttribute("success", "challenge.pledged");
            return "redirect:/defis/" + id;
        } catch (Refusal e) {
            return refused(id, e, model, response);
        }
    }

    @PostMapping("/defis/{id}/retrait")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            pledges.withdraw(id, user.id());
            redirect.addFlashAttribute("success", "challenge.withdrawn");
            return "redirect:/defis/" + id;
        } catch (Refusal e) {
            model.addAttribute("pledgeForm", PledgeForm.empty());
            return refused(id, e, model, response);
        }
    }

    /** The page again, saying why, with the refusal's 4xx status. */
    private String refused(long id, Refusal e, Model model, HttpServletResponse response) {
        response.setStatus(RefusalAdvice.status(e));
        model.addAttribute("refusal", e.code());
        model.addAttribute("challenge", challenges.page(id, (ResidentView) model.getAttribute("me")));
        addEvents(id, model);
        return "challenge/show";
    }

    // Actions

    @GetMapping("/defis/actions")
    String actions(Model model) {
        model.addAttribute("actions", actions.published());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("actionForm", ActionForm.empty());
        return "challenge/actions";
    }

    @PostMapping("/defis/actions")
    String propose(@Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                actions.propose(user.id(), form);
                redirect.addFlashAttribute("success", "challenge.action.proposed");
                return "redirect:/defis/actions";
            } catch (Refusal e) {
                response.setStatus(RefusalAdvice.status(e));
                result.reject(e.code());
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("actions", actions.published());
        model.addAttribute("themes", Theme.values());
        return "challenge/actions";
    }
}
