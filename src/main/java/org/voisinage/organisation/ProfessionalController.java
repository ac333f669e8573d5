package org.voisinage.organisation;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/** Local professionals recommended by neighbours (signed-in residents only: they are private people's contacts). */
@Controller
@RequestMapping("/professionnels")
class ProfessionalController {

    private static final String LIST = "organisation/professionals";
    private static final String SHOW = "organisation/professional";
    private static final String NEW = "organisation/professional-new";

    private final Recommendations recommendations;
    private final Neighbourhoods neighbourhoods;
    private final Residents residents;

    ProfessionalController(Recommendations recommendations, Neighbourhoods neighbourhoods, Residents residents) {
        this.recommendations = recommendations;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
    }

    @GetMapping
    String list(@RequestParam(required = false) String quartier, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Viewer viewer = residents.viewer(user);
        NeighbourhoodSummary chosen = neighbourhoods.all().stream().filter(n -> n.slug().equals(quartier)).findFirst()
                .orElseGet(() -> viewer.neighbourhoodId() == null ? null : neighbourhoods.get(viewer.neighbourhoodId()));
        model.addAttribute("neighbourhoods", neighbourhoods.all());
        model.addAttribute("chosen", chosen);
        model.addAttribute("professionals", chosen == null || !Recommendations.readBy(viewer, chosen.territoryId(), chosen.id())
                ? List.of() : recommendations.professionalsIn(chosen.id()));
        model.addAttribute("mayRecommend", Recommendations.mayRecommend(viewer));
        return LIST;
    }

    @GetMapping("/nouveau")
    String newProfessional(@AuthenticationPrincipal CurrentUser user, Model model) {
        mustRecommend(residents.viewer(user));
        model.addAttribute("professionalForm", ProfessionalForm.empty());
        return NEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("professionalForm") ProfessionalForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        mustRecommend(viewer);
        if (!result.hasErrors()) {
            try {
                long id = recommendations.recommendNewProfessional(form, viewer);
                redirect.addFlashAttribute("success", "organisation.recommendation.saved");
                return "redirect:/professionnels/" + id;
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return NEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recommendationForm", RecommendationForm.empty());
        return show(id, residents.viewer(user), model);
    }

    @PostMapping("/{id}/recommander")
    String recommend(@PathVariable long id, @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        recommendations.professional(id, viewer);
        if (!result.hasErrors()) {
            try {
                recommendations.recommendProfessional(id, form, viewer);
                redirect.addFlashAttribute("success", "organisation.recommendation.saved");
                return "redirect:/professionnels/" + id;
            } catch (Refusal e) {
                // shown at the top: the form is gone once the resident has recommended
                model.addAttribute("error", e.code());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, viewer, model);
    }

    private String show(long id, Viewer viewer, Model model) {
        ProfessionalView professional = recommendations.professional(id, viewer);
        model.addAttribute("professional", professional);
        model.addAttribute("place", professional.neighbourhoodId() == null ? null
                : neighbourhoods.get(professional.neighbourhoodId()).name());
        model.addAttribute("recommendations", recommendations.ofProfessional(professional, viewer));
        boolean recommended = recommendations.hasRecommendedProfessional(id, viewer);
        model.addAttribute("hasRecommended", recommended);
        model.addAttribute("mayRecommend", Recommendations.mayRecommend(viewer) && !recommended);
        return SHOW;
    }

    private static void mustRecommend(Viewer viewer) {
        if (!Recommendations.mayRecommend(viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("only verified residents recommend");
        }
    }
}
