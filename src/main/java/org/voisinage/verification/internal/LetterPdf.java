package org.voisinage.verification.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.voisinage.common.SiteProperties;

/** Prints verification letters: one A4 page per resident, in the resident's language, ready for a window envelope. */
@Component
public class LetterPdf {

    /** What one page says. {@code code} is the raw 8-character code; it is printed grouped. */
    public record Letter(String senderName, String senderPlace, String recipientName, List<String> addressLines,
            String code, LocalDate writtenOn, LocalDate validUntil, Locale locale) {}

    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font BODY = new Font(Font.HELVETICA, 11, Font.NORMAL);
    private static final Font STRONG = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font CODE = new Font(Font.COURIER, 30, Font.BOLD);

    private final MessageSource messages;
    private final String baseUrl;

    public LetterPdf(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        String baseUrl = site.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public byte[] write(List<Letter> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Voisinage");
            document.open();
            for (int i = 0; i < letters.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, letters.get(i));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print verification letters", e);
        }
        return out.toByteArray();
    }

    private void page(Document document, Letter letter) throws DocumentException {
        Locale locale = letter.locale();
        document.add(new Paragraph(letter.senderName(), STRONG));
        document.add(new Paragraph(letter.senderPlace(), SMALL));

        // the recipient block sits where a window envelope shows it: right half, about 5 cm from the top
        Paragraph recipient = new Paragraph();
        recipient.setIndentationLeft(270);
        recipient.setSpacingBefore(50);
        recipient.add(new Paragraph(letter.recipientName(), STRONG));
        for (String line : letter.addressLines()) {
            recipient.add(new Paragraph(line, BODY));
        }
        document.add(recipient);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Paragraph date = new Paragraph(text("verification.pdf.date", locale, dates.format(letter.writtenOn())), BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(60);
        document.add(date);

        Paragraph title = new Paragraph(text("verification.pdf.title", locale), TITLE);
        title.setSpacingBefore(30);
        document.add(title);
        add(document, text("verification.pdf.greeting", locale, letter.recipientName()), BODY, 16);
        add(document, text("verification.pdf.intro", locale), BODY, 8);

        Paragraph code = new Paragraph(LetterCodes.format(letter.code()), CODE);
        code.setAlignment(Element.ALIGN_CENTER);
        code.setSpacingBefore(24);
        code.setSpacingAfter(24);
        document.add(code);

        add(document, text("verification.pdf.steps", locale), STRONG, 4);
        add(document, text("verification.pdf.step1", locale, baseUrl + "/login"), BODY, 4);
        add(document, text("verification.pdf.step2", locale, baseUrl + "/verification"), BODY, 4);
        add(document, text("verification.pdf.step3", locale), BODY, 4);
        add(document, text("verification.pdf.validity", locale, dates.format(letter.validUntil())), STRONG, 16);
        add(document, text("verification.pdf.caseInsensitive", locale), BODY, 8);
        add(document, text("verification.pdf.notYou", locale), SMALL, 30);
        add(document, text("verification.pdf.signature", locale, letter.senderName()), BODY, 16);
    }

    private static void add(Document document, String text, Font font, float spacingBefore) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
