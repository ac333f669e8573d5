package org.voisinage.account;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.voisinage.common.NotFoundException;

/** "Export my data": asked on the account page, downloaded with the emailed link by its owner, signed in. */
@Controller
class DataExportController {

    private final DataExports exports;

    DataExportController(DataExports exports) {
        this.exports = exports;
    }

    @PostMapping("/account/export")
    String request(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        exports.request(user.id());
        redirect.addFlashAttribute("info", "account.export.requested");
        return "redirect:/account";
    }

    /** Someone else's link, an expired or unknown one: not found, as if it never existed. */
    @GetMapping("/account/export/{token}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String token) {
        DataExports.Archive archive = exports.download(token, user.id())
                .orElseThrow(() -> new NotFoundException("data export", 0));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(archive.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(archive.bytes());
    }
}
