package org.voisinage.directory;

import java.security.Principal;
import java.util.Locale;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

/** Staff import BAN files and follow the imports' progress. */
@Controller
@RequestMapping("/admin/addresses")
class AddressAdminController {

    private final AddressImports imports;
    private final AddressDirectory directory;
    /** The largest file is the servlet's ceiling ({@code spring.servlet.multipart.max-file-size}), sized for BAN files. */
    private final MultipartProperties multipart;

    /** The upload form: only a file. */
    record AddressUploadForm(MultipartFile file) {}

    AddressAdminController(AddressImports imports, AddressDirectory directory, MultipartProperties multipart) {
        this.imports = imports;
        this.directory = directory;
        this.multipart = multipart;
    }

    @ModelAttribute("maxUploadMegabytes")
    long maxUploadMegabytes() {
        return multipart.getMaxFileSize().toMegabytes();
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("upload", new AddressUploadForm(null));
        return page(model);
    }

    @PostMapping
    String upload(@ModelAttribute("upload") AddressUploadForm form, BindingResult result, Principal principal,
            Model model) {
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "directory.upload.empty");
        } else if (file.getSize() > multipart.getMaxFileSize().toBytes()) {
            result.rejectValue("file", "directory.upload.tooLarge", new Object[] {maxUploadMegabytes()}, null);
        } else if (!looksLikeCsv(file.getOriginalFilename())) {
            result.rejectValue("file", "directory.upload.wrongType");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        long id = imports.startUpload(new AddressUpload(file::getInputStream, file.getOriginalFilename(),
                principal.getName()));
        return "redirect:/admin/addresses/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String show(@PathVariable long id, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        AddressImportView job = imports.get(id);
        model.addAttribute("job", job);
        if (htmx != null) {
            // polled by htmx every two seconds while the import runs
            return "directory/import :: importProgress";
        }
        model.addAttribute("rejections", imports.rejections(id));
        return "directory/import";
    }

    private String page(Model model) {
        model.addAttribute("imports", imports.recent(20));
        model.addAttribute("addressCount", directory.count());
        return "directory/addresses";
    }

    private static boolean looksLikeCsv(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".csv.gz") || lower.endsWith(".gz");
    }
}
