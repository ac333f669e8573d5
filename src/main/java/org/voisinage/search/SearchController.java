package org.voisinage.search;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;

/** The header's search box leads here: the matches of every kind, or more of one kind. */
@Controller
class SearchController {

    private final SiteSearch search;
    private final Residents residents;

    SearchController(SiteSearch search, Residents residents) {
        this.search = search;
        this.residents = residents;
    }

    @GetMapping("/recherche")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        SearchKind only = null;
        for (SearchKind kind : SearchKind.values()) {
            if (kind.slug().equals(type)) {
                only = kind;
            }
        }
        model.addAttribute("results", search.search(residents.viewer(user), q, only));
        model.addAttribute("maxLength", SiteSearch.MAX_LENGTH);
        return "search/results";
    }
}
