package org.voisinage.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown written by residents and staff, rendered to HTML that is safe to show as is
 * ({@code th:utext="${@markdown.html(text)}"}). commonmark escapes raw HTML; the OWASP sanitizer then keeps only
 * formatting, lists, quotes, code, tables and http(s)/mailto links (opened with {@code rel="nofollow noopener
 * ugc"}), so neither {@code <script>}, event handlers nor {@code javascript:} URLs survive, whatever the input.
 * Images are dropped: they would load from third parties.
 */
@Component("markdown")
public class Markdown {

    /** The longest text any Markdown field accepts; forms say it with their own {@code @Size}. */
    public static final int MAX_LENGTH = 20_000;

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("nofollow", "noopener", "ugc")
                    .allowElements("ul", "ol", "li", "pre", "code", "hr", "br", "del", "s")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private final TextContentRenderer plainRenderer = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * Texts already rendered: the same text always gives the same HTML, and pages render the same comments, news and
     * announcements on every request (parsing and sanitizing them was a visible share of a page's time). Bounded in
     * characters; nothing to invalidate, an edited text is another key.
     */
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((String text, String html) -> text.length() + html.length())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The text as safe HTML; empty for null or blank text. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.get(markdown, text -> POLICY.sanitize(renderer.render(parser.parse(text))));
    }

    /** The text without its markup, for previews, emails and search snippets, at most {@code max} characters. */
    public String plain(String markdown, int max) {
        if (markdown == null) {
            return "";
        }
        String text = plainRenderer.render(parser.parse(markdown)).replaceAll("\\s+", " ").strip();
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
    }
}
