package org.voisinage.poll;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.common.web.PageActions;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Polls ("sondages"): the viewer's polls, a poll's page and ballot, opening one. */
@Controller
class PollController {

    private final Polls polls;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;

    PollController(Polls polls, Residents residents, Neighbourhoods neighbourhoods) {
        this.polls = polls;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
    }

    /** The polls asking the viewer; {@code initiative}: those of one initiative (its page links here). */
    @GetMapping("/sondages")
    String list(@RequestParam(required = false) Long initiative, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Viewer viewer = residents.viewer(user);
        model.addAttribute("polls", initiative == null ? polls.forViewer(viewer) : polls.ofInitiative(viewer, initiative));
        model.addAttribute("initiativeName", initiative == null ? null : polls.audienceName("i-" + initiative));
        model.addAttribute("mayOpen", viewer.staff());
        return "poll/list";
    }

    /** Staff choose where to ask; an organiser comes from their initiative ({@code portee=i-<id>}). */
    @GetMapping("/sondages/nouveau")
    String create(@RequestParam(name = "portee", required = false) String scope, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Viewer viewer = residents.viewer(user);
        requireMayOpenHere(viewer, scope);
        PollForm blank = polls.blankForm(scope);
        model.addAttribute("pollForm", blank);
        model.addAttribute("boxes", blank.boxes());
        return form(viewer, model);
    }

    @PostMapping("/sondages")
    String open(@Valid @ModelAttribute("pollForm") PollForm form, BindingResult result,
            @RequestParam(name = "options", required = false) List<String> typedOptions,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        // a form that could not be read at all (a date that is none) is null: its boxes come from what was typed
        model.addAttribute("boxes", PollForm.boxes(form != null ? form.options() : typedOptions));
        return PageActions.run(result, model, response, redirect, "poll.flash.opened",
                () -> "redirect:/sondages/" + polls.open(viewer, form), () -> form(viewer, model));
    }

    @GetMapping("/sondages/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PollViews.Page page = polls.page(id, residents.viewer(user));
        if (!model.containsAttribute("voteForm")) {
            model.addAttribute("voteForm", new VoteForm(List.copyOf(page.myChoices())));
        }
        model.addAttribute("poll", page);
        return "poll/show";
    }

    @PostMapping("/sondages/{id}/vote")
    String vote(@PathVariable long id, @ModelAttribute("voteForm") VoteForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        return PageActions.run(result, model, response, redirect, "poll.flash.voted", () -> {
            polls.vote(id, viewer, form.choices());
            return "redirect:/sondages/" + id;
        }, () -> show(id, user, model));
    }

    /** Staff may open polls; anyone else only to an initiative they may ask (its organisers, where allowed). */
    private void requireMayOpenHere(Viewer viewer, String scope) {
        if (viewer.staff()) {
            return;
        }
        if (scope != null && scope.startsWith("i-")) {
            try {
                if (polls.mayOpenForInitiative(viewer, Long.parseLong(scope.substring(2)))) {
                    return;
                }
            } catch (NumberFormatException | org.voisinage.common.NotFoundException e) {
                // refused below
            }
        }
        throw Refusal.forbidden("poll.refused.mayNotOpen");
    }

    private String form(Viewer viewer, Model model) {
        BindingResult result = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "pollForm");
        Object scope = result != null ? result.getFieldValue("scope")
                : ((PollForm) model.getAttribute("pollForm")).scope();
        boolean initiative = scope instanceof String s && s.startsWith("i-");
        model.addAttribute("initiativeName", initiative ? polls.audienceName((String) scope) : null);
        model.addAttribute("territories", neighbourhoods.territoriesWithNeighbourhoods().stream()
                .filter(t -> viewer.staffOf(t.territory().id())).toList());
        return "poll/form";
    }
}
