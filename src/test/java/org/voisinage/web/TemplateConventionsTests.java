package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules the templates keep, each learnt the hard way: a fragment named like an HTML element is also selected by
 * that element's name (every <input>, every <progress>...); the CSP forbids inline styles and scripts on pages.
 */
class TemplateConventionsTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> ELEMENTS = Set.of("a", "article", "aside", "button", "details", "div", "dl",
            "fieldset", "figure", "footer", "form", "header", "img", "input", "label", "li", "main", "nav", "ol",
            "option", "p", "progress", "section", "select", "span", "svg", "table", "textarea", "title", "ul");
    private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"([A-Za-z]+)");

    @Test
    void noFragmentIsNamedLikeAnElement() throws IOException {
        List<String> clashes = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = FRAGMENT.matcher(Files.readString(template));
            while (m.find()) {
                if (ELEMENTS.contains(m.group(1))) {
                    clashes.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void pagesHaveNoInlineStyleOrScript() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path template : templates()) {
            if (template.toString().contains("/email/")) {
                continue; // emails are not under the site's CSP, and mail clients need inline styles
            }
            String html = Files.readString(template);
            if (html.contains(" style=\"") || html.contains("th:style=")) {
                inline.add(TEMPLATES.relativize(template) + ": style attribute");
            }
            if (Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()) {
                inline.add(TEMPLATES.relativize(template) + ": inline script");
            }
        }
        assertThat(inline).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
