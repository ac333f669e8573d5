package org.voisinage.trends;

import java.util.List;
import java.util.Locale;
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

/**
 * The trends of a territory or one of its neighbourhoods: the page (charts with their tables), its CSV file, and the
 * quarter's PDF report for staff of the territory ({@code /admin}: limited staff of another territory get 404, here
 * and in web.TerritoryStaffScope).
 */
@Controller
class TrendPageController {

    private final Trends trends;
    private final TrendFiles files;
    private final Residents residents;

    TrendPageController(Trends trends, TrendFiles files, Residents residents) {
        this.trends = trends;
        this.files = files;
        this.residents = residents;
    }

    @GetMapping("/territoires/{slug}/tendances/activite")
    String page(@PathVariable String slug, @RequestParam(required = false) String mois,
            @RequestParam(required = false) String quartier, @AuthenticationPrincipal CurrentUser user, Model model) {
        Viewer viewer = residents.viewer(user);
        TrendReport report = trends.of(viewer, slug, quartier, mois);
        model.addAttribute("report", report);
        model.addAttribute("periods", Trends.PERIODS);
        model.addAttribute("period", report.months().size());
        model.addAttribute("neighbourhoods", trends.neighbourhoodsOf(report.territory()));
        model.addAttribute("staffOfTerritory", viewer.staffOf(report.territory().id()));
        return "trends/territory";
    }

    @GetMapping("/territoires/{slug}/tendances/activite.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) String mois,
            @RequestParam(required = false) String quartier, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        TrendReport report = trends.of(residents.viewer(user), slug, quartier, mois);
        String name = "tendances-" + slug + (report.neighbourhood() == null ? "" : "-" + report.neighbourhood().slug())
                + "-" + report.first() + "-" + report.last() + ".csv";
        return file(name, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                files.csv(report, locale));
    }

    @GetMapping("/admin/territories/{territoryId}/trends.pdf")
    ResponseEntity<byte[]> quarterly(@PathVariable long territoryId, @RequestParam(required = false) String trimestre,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        Viewer viewer = residents.viewer(user);
        List<java.time.YearMonth> quarter = trends.quarter(trimestre);
        TrendReport report = trends.quarterly(viewer, territoryId, quarter);
        return file("tendances-" + report.territory().slug() + "-" + Trends.quarterName(report.first()) + ".pdf",
                MediaType.APPLICATION_PDF, files.pdf(report, locale));
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
