package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.voisinage.common.SiteProperties;

/**
 * How long printing a large batch of letters takes. Target: 1,000 letters (a town's mailing) in at most
 * {@value #TARGET_MS} ms after warm-up. Run: ./mvnw test -Pbenchmark -Dtest=LetterPdfBenchmark
 */
@Tag("benchmark")
class LetterPdfBenchmark {

    static final long TARGET_MS = 30_000;

    @Test
    void printsOneThousandLetters() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/verification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LetterPdf pdf = new LetterPdf(messages, new SiteProperties("https://voisinage.example", ZoneOffset.UTC));
        SecureRandom random = new SecureRandom();
        List<LetterPdf.Letter> letters = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            letters.add(new LetterPdf.Letter("Voisinage", "Villeurbanne \u2014 Les Tanneurs", "Camille Martin " + i,
                    List.of("Bâtiment B, appartement " + i, "12 bis Rue des Lilas", "69100 Villeurbanne"),
                    LetterCodes.generate(random), LocalDate.now(), LocalDate.now().plusDays(30),
                    i % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH));
        }
        pdf.write(letters.subList(0, 50)); // warm-up
        long start = System.nanoTime();
        byte[] bytes = pdf.write(letters);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(new PdfReader(bytes).getNumberOfPages()).isEqualTo(1000);
        System.out.printf("LetterPdfBenchmark: 1000 letters in %d ms, %d KB%n", millis, bytes.length / 1024);
        assertThat(millis).as("1000 letters (ms)").isLessThanOrEqualTo(TARGET_MS);
    }
}
