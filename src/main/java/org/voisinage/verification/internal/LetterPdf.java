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

/**
 * Prints verification letters: one A4 page per resident, in the resident's language, ready for a window envelope;
 * and, with the same head, notes to residents who have no email (an assisted account's summary).
 */
@Component
public class LetterPdf {

    /** What one page says. {@code code} is the raw 8-character code; it is printed grouped. */
    public record Letter(String senderName, String senderPlace, String recipientName, List<String> addressLines,
            String code, LocalDate writtenOn, LocalDate validUntil, Locale locale) {}

    /** A note: the letter's head, then a title and paragraphs (lines starting "- " are printed as a list). */
    public record Note(String senderName, String senderPlace, String recipientName, List<String> addressLines,
            LocalDate writtenOn, Locale locale, String title, List<String> paragraphs) {}

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
        return print(letters.size(), (document, i) -> page(document, letters.get(i)));
    }

    public byte[] writeNote(Note note) {
        return print(1, (document, i) -> note(document, note));
    }

    private interface PageWriter {
        void write(Document document, int index) throws DocumentException;
    }

    private byte[] print(int pages, PageWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Voisinage");
            document.open();
            for (int i = 0; i < pages; i++) {
                if (i > 0) {
                    document.newPage();
                }
                writer.write(document, i);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print verification letters", e);
        }
        return out.toByteArray();
    }

    private void page(Document document, Letter letter) throws DocumentException {
        Locale locale = letter.locale();
        head(document, letter.senderName(), letter.senderPlace(), letter.recipientName(), letter.addressLines(),
                letter.writtenOn(), locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);

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

    private void note(Document document, Note note) throws DocumentException {
        head(document, note.senderName(), note.senderPlace(), note.recipientName(), note.addressLines(),
                note.writtenOn(), note.locale());
        Paragraph title = new Paragraph(note.title(), TITLE);
        title.setSpacingBefore(30);
        document.add(title);
        for (String paragraph : note.paragraphs()) {
            boolean item = paragraph.startsWith("- ");
            Paragraph p = new Paragraph(item ? "\u2022 " + paragraph.substring(2) : paragraph, BODY);
            p.setSpacingBefore(item ? 2 : 10);
            if (item) {
                p.setIndentationLeft(16);
            }
            document.add(p);
        }
        add(document, text("verification.pdf.signature", note.locale(), note.senderName()), BODY, 24);
    }

    /** Sender, the recipient where a window envelope shows it, and the date. */
    private void head(Document document, String senderName, String senderPlace, String recipientName,
            List<String> addressLines, LocalDate writtenOn, Locale locale) throws DocumentException {
        document.add(new Paragraph(senderName, STRONG));
        document.add(new Paragraph(senderPlace, SMALL));

        // the recipient block sits where a window envelope shows it: right half, about 5 cm from the top
        Paragraph recipient = new Paragraph();
        recipient.setIndentationLeft(270);
        recipient.setSpacingBefore(50);
        recipient.add(new Paragraph(recipientName, STRONG));
        for (String line : addressLines) {
            recipient.add(new Paragraph(line, BODY));
        }
        document.add(recipient);

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Paragraph date = new Paragraph(text("verification.pdf.date", locale, dates.format(writtenOn)), BODY);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(60);
        document.add(date);
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
