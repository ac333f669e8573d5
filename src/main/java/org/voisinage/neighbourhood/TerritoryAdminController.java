package org.voisinage.neighbourhood;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/** Staff pages to create and edit territories and their neighbourhoods (perimeters pasted as GeoJSON). */
@Controller
@RequestMapping("/admin/territories")
class TerritoryAdminController {

    private static final String LIST = "neighbourhood/admin/territories";
    private static final String TERRITORY_FORM = "neighbourhood/admin/territory-form";
    private static final String NEIGHBOURHOOD_FORM = "neighbourhood/admin/neighbourhood-form";

    private final TerritoryAdministration administration;
    private final Neighbourhoods neighbourhoods;

    TerritoryAdminController(TerritoryAdministration administration, Neighbourhoods neighbourhoods) {
        this.administration = administration;
        this.neighbourhoods = neighbourhoods;
    }

    @ModelAttribute("kinds")
    TerritoryKind[] kinds() {
        return TerritoryKind.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("territories", neighbourhoods.territoriesWithNeighbourhoods());
        return LIST;
    }

    // Territories

    @GetMapping("/new")
    String newTerritory(Model model) {
        model.addAttribute("territoryForm", TerritoryForm.empty());
        return TERRITORY_FORM;
    }

    @PostMapping
    String createTerritory(@Valid @ModelAttribute("territoryForm") TerritoryForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.createTerritory(form);
                redirect.addFlashAttribute("success", "territory.created");
                return "redirect:/admin/territories";
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (DataIntegrityViolationException e) {
                // another staff member took the slug between our check and the insert
                result.rejectValue("slug", "territory.slug.taken", new Object[] {form.slug()}, null);
            }
        }
        return TERRITORY_FORM;
    }

    @GetMapping("/{id}/edit")
    String editTerritory(@PathVariable long id, Model model) {
        model.addAttribute("territoryId", id);
        model.addAttribute("territoryForm", administration.territoryForm(id));
        return TERRITORY_FORM;
    }

    @PostMapping("/{id}")
    String updateTerritory(@PathVariable long id, @Valid @ModelAttribute("territoryForm") TerritoryForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        neighbourhoods.territory(id);
        model.addAttribute("territoryId", id);
        if (!result.hasErrors()) {
            try {
                administration.updateTerritory(id, form);
                redirect.addFlashAttribute("success", "territory.saved");
                return "redirect:/admin/territories";
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject(TerritoryAdministration.STALE);
            } catch (DataIntegrityViolationException e) {
                result.rejectValue("slug", "territory.slug.taken", new Object[] {form.slug()}, null);
            }
        }
        return TERRITORY_FORM;
    }

    // Neighbourhoods

    @GetMapping("/{territoryId}/neighbourhoods/new")
    String newNeighbourhood(@PathVariable long territoryId, Model model) {
        model.addAttribute("territory", neighbourhoods.territory(territoryId));
        model.addAttribute("neighbourhoodForm", NeighbourhoodForm.empty());
        return NEIGHBOURHOOD_FORM;
    }

    @PostMapping("/{territoryId}/neighbourhoods")
    String createNeighbourhood(@PathVariable long territoryId,
            @Valid @ModelAttribute("neighbourhoodForm") NeighbourhoodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("territory", neighbourhoods.territory(territoryId));
        if (!result.hasErrors()) {
            try {
                long id = administration.createNeighbourhood(territoryId, form);
                redirect.addFlashAttribute("success", "neighbourhood.created");
                return "redirect:/admin/territories/" + territoryId + "/neighbourhoods/" + id + "/edit";
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (DataIntegrityViolationException e) {
                result.rejectValue("slug", "neighbourhood.slug.taken", new Object[] {form.slug()}, null);
            }
        }
        return NEIGHBOURHOOD_FORM;
    }

    @GetMapping("/{territoryId}/neighbourhoods/{id}/edit")
    String editNeighbourhood(@PathVariable long territoryId, @PathVariable long id, Model model) {
        NeighbourhoodForm form = administration.neighbourhoodForm(territoryId, id);
        addNeighbourhood(territoryId, id, model);
        model.addAttribute("neighbourhoodForm", form);
        return NEIGHBOURHOOD_FORM;
    }

    @PostMapping("/{territoryId}/neighbourhoods/{id}")
    String updateNeighbourhood(@PathVariable long territoryId, @PathVariable long id,
            @Valid @ModelAttribute("neighbourhoodForm") NeighbourhoodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        addNeighbourhood(territoryId, id, model);
        if (!result.hasErrors()) {
            try {
                administration.updateNeighbourhood(territoryId, id, form);
                redirect.addFlashAttribute("success", "neighbourhood.saved");
                return "redirect:/admin/territories/" + territoryId + "/neighbourhoods/" + id + "/edit";
            } catch (Refusal e) {
                e.rejectOn(result);
            } catch (OptimisticLockingFailureException e) {
                result.reject(TerritoryAdministration.STALE);
            } catch (DataIntegrityViolationException e) {
                result.rejectValue("slug", "neighbourhood.slug.taken", new Object[] {form.slug()}, null);
            }
        }
        return NEIGHBOURHOOD_FORM;
    }

    /** What the neighbourhood page shows besides the form: its territory, public page and stored perimeter. */
    private void addNeighbourhood(long territoryId, long id, Model model) {
        NeighbourhoodSummary neighbourhood = neighbourhoods.get(id);
        if (neighbourhood.territoryId() != territoryId) {
            throw new NotFoundException("neighbourhood", id);
        }
        model.addAttribute("territory", neighbourhoods.territory(territoryId));
        model.addAttribute("neighbourhood", neighbourhood);
        model.addAttribute("preview", neighbourhoods.perimeterPreview(id).orElse(null));
    }
}
