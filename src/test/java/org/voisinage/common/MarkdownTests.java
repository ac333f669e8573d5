package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersFormattingListsAndLinks() {
        String html = markdown.html("**Compost** _partagé_\n\n- seaux\n- palettes\n\n[mairie](https://example.org)");
        assertThat(html).contains("<strong>Compost</strong>", "<em>partagé</em>", "<li>seaux</li>",
                "href=\"https://example.org\"", "nofollow");
    }

    @Test
    void aTextRenderedAgainComesFromTheCacheUnchanged() {
        String text = "**Compost** [mairie](https://example.org) <script>alert(1)</script>";
        String first = markdown.html(text);
        assertThat(markdown.html(text)).isSameAs(first);
        assertThat(new Markdown().html(text)).isEqualTo(first).doesNotContain("<script>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](https://tracker.example/pixel.png)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<p onclick=\"alert(1)\">x</p>",
            // CVE-2025-66021's class (sanitizer 20240325.1): style text inside noscript ending early
            "<noscript><style></noscript><script>alert(1)</script></style></noscript>",
            "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>"})
    void neverLetsScriptThrough(String payload) {
        String html = markdown.html(payload).toLowerCase();
        // What stays as text is escaped and harmless; what matters is every tag the browser will build.
        Matcher tags = Pattern.compile("<[^>]*>").matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            assertThat(tag).matches("</?(p|a|em|strong|code|pre)( href=\"(https?://[^\"]*)?\" rel=\"[a-z ]+\")?>");
        }
    }

    @Test
    void plainTextDropsMarkupAndShortens() {
        assertThat(markdown.plain("# Titre\n\nUn **grand** texte", 100)).isEqualTo("Titre Un grand texte");
        assertThat(markdown.plain("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(markdown.html(null)).isEmpty();
    }
}
