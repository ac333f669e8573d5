package org.voisinage.noticeboard;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Staff print the week's noticeboard of a territory or a neighbourhood (their own territories' only: another's
 * answers 404, here and in web.TerritoryStaffScope).
 */
@Controller
class NoticeboardController {

    private final Noticeboards noticeboards;
    private final Neighbourhoods neighbourhoods;
    private final Residents residents;

    NoticeboardController(Noticeboards noticeboards, Neighbourhoods neighbourhoods, Residents residents) {
        this.noticeboards = noticeboards;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
    }

    @GetMapping("/admin/affichage")
    String choose(@AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer viewer = residents.viewer(user);
        model.addAttribute("territories", neighbourhoods.territoriesWithNeighbourhoods().stream()
                .filter(t -> viewer.staffOf(t.territory().id())).toList());
        model.addAttribute("week", noticeboards.weekOf(null));
        return "noticeboard/choose";
    }

    @GetMapping("/admin/affichage/quartiers/{neighbourhoodId}")
    ResponseEntity<byte[]> neighbourhood(@PathVariable long neighbourhoodId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        byte[] pdf = noticeboards.forNeighbourhood(residents.viewer(user), neighbourhoodId, semaine, locale);
        return pdf("affichage-quartier-" + neighbourhoodId + "-" + noticeboards.weekOf(semaine) + ".pdf", pdf);
    }

    @GetMapping("/admin/affichage/territoires/{territoryId}")
    ResponseEntity<byte[]> territory(@PathVariable long territoryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate semaine,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        byte[] pdf = noticeboards.forTerritory(residents.viewer(user), territoryId, semaine, locale);
        return pdf("affichage-territoire-" + territoryId + "-" + noticeboards.weekOf(semaine) + ".pdf", pdf);
    }

    private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }
}
