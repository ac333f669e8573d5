package org.voisinage.organisation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The directory of organisations and their pages (public), what their members edit there (page, deals), residents'
 * recommendations, and the good deals of a neighbourhood.
 */
@Controller
class OrganisationController {

    private static final String LIST = "organisation/list";
    private static final String SHOW = "organisation/show";
    private static final String EDIT = "organisation/edit";
    private static final String DEALS = "organisation/deals";

    private final OrganisationDirectory directory;
    private final Recommendations recommendations;
    private final Organisations organisations;
    private final Neighbourhoods neighbourhoods;
    private final Residents residents;

    OrganisationController(OrganisationDirectory directory, Recommendations recommendations,
            Organisations organisations, Neighbourhoods neighbourhoods, Residents residents) {
        this.directory = directory;
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String quartier,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        OrganisationDirectory.Filter filter = directory.filter(type, quartier, q, residents.viewer(user));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("neighbourhoods", neighbourhoods.all());
        model.addAttribute("cards", directory.search(filter, OrganisationAdminController.pageNumber(page)));
        return LIST;
    }

    @GetMapping("/organisations/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("recommendationForm", RecommendationForm.empty());
        return show(slug, residents.viewer(user), model);
    }

    @PostMapping("/organisations/{slug}/recommander")
    String recommend(@PathVariable String slug, @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        OrganisationView organisation = directory.page(slug, viewer);
        if (!result.hasErrors()) {
            try {
                recommendations.recommendOrganisation(organisation.id(), form, viewer);
                redirect.addFlashAttribute("success", "organisation.recommendation.saved");
                return "redirect:/organisations/" + slug;
            } catch (Refusal e) {
                // shown at the top: the form is gone once the resident has recommended
                model.addAttribute("error", e.code());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(slug, viewer, model);
    }

    // Members edit the page and its deals

    @GetMapping("/organisations/{slug}/modifier")
    String edit(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer viewer = residents.viewer(user);
        model.addAttribute("pageForm", directory.pageForm(slug, viewer));
        model.addAttribute("dealForm", DealForm.empty(directory.today()));
        return edit(slug, viewer, model);
    }

    @PostMapping("/organisations/{slug}/modifier")
    String update(@PathVariable String slug, @Valid @ModelAttribute("pageForm") PageForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        directory.pageForm(slug, viewer);
        if (!result.hasErrors()) {
            try {
                directory.updatePage(slug, form, viewer);
                redirect.addFlashAttribute("success", "organisation.page.saved");
                return "redirect:/organisations/" + slug;
            } catch (OptimisticLockingFailureException e) {
                result.reject("organisation.stale");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("dealForm", DealForm.empty(directory.today()));
        return edit(slug, viewer, model);
    }

    @PostMapping("/organisations/{slug}/offres")
    String addDeal(@PathVariable String slug, @Valid @ModelAttribute("dealForm") DealForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Viewer viewer = residents.viewer(user);
        PageForm pageForm = directory.pageForm(slug, viewer);
        if (!result.hasErrors()) {
            try {
                directory.addDeal(slug, form, viewer);
                redirect.addFlashAttribute("success", "organisation.deal.added");
                return "redirect:/organisations/" + slug + "/modifier";
            } catch (Refusal e) {
                e.rejectOn(result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("pageForm", pageForm);
        return edit(slug, viewer, model);
    }

    @PostMapping("/organisations/{slug}/offres/{dealId}/supprimer")
    String removeDeal(@PathVariable String slug, @PathVariable long dealId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        directory.removeDeal(slug, dealId, residents.viewer(user));
        redirect.addFlashAttribute("success", "organisation.deal.removed");
        return "redirect:/organisations/" + slug + "/modifier";
    }

    // The good deals of a neighbourhood

    @GetMapping("/bons-plans")
    String deals(@RequestParam(required = false) String quartier, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        Viewer viewer = residents.viewer(user);
        NeighbourhoodSummary chosen = neighbourhoods.all().stream().filter(n -> n.slug().equals(quartier)).findFirst()
                .orElseGet(() -> viewer.neighbourhoodId() == null ? null : neighbourhoods.get(viewer.neighbourhoodId()));
        model.addAttribute("neighbourhoods", neighbourhoods.all());
        model.addAttribute("chosen", chosen);
        // a members-only territory's deals: for its members and staff
        boolean shown = chosen != null && !viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(chosen.id(), null));
        model.addAttribute("deals", shown ? organisations.currentDeals(java.util.List.of(chosen.id())) : java.util.List.of());
        return DEALS;
    }

    private String show(String slug, Viewer viewer, Model model) {
        OrganisationView organisation = directory.page(slug, viewer);
        model.addAttribute("organisation", organisation);
        model.addAttribute("place", directory.place(organisation));
        model.addAttribute("deals", directory.deals(organisation.id()));
        model.addAttribute("recommendationCount", directory.recommendationCount(organisation.id()));
        model.addAttribute("recommendations",
                Recommendations.readBy(viewer, organisation.territoryId(), organisation.neighbourhoodId())
                ? recommendations.ofOrganisation(organisation.id(), organisation.neighbourhoodId(), viewer)
                : java.util.List.of());
        model.addAttribute("mayEdit", directory.mayEdit(organisation, viewer));
        model.addAttribute("mayRecommend", Recommendations.mayRecommend(viewer) && !organisation.members().contains(viewer.id())
                && !recommendations.hasRecommendedOrganisation(organisation.id(), viewer));
        model.addAttribute("hasRecommended", recommendations.hasRecommendedOrganisation(organisation.id(), viewer));
        model.addAttribute("today", directory.today());
        return SHOW;
    }

    private String edit(String slug, Viewer viewer, Model model) {
        OrganisationView organisation = directory.page(slug, viewer);
        model.addAttribute("organisation", organisation);
        model.addAttribute("deals", directory.deals(organisation.id()));
        return EDIT;
    }
}
