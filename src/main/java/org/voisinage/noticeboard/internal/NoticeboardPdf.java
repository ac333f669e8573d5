package org.voisinage.noticeboard.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Prints noticeboard pages: A4, large type for a hall, each notice with its link written out and as a QR code
 * (drawn as vector squares: sharp at any printer resolution). Knows nothing of the modules: it prints what it is
 * given, already translated.
 */
public final class NoticeboardPdf {

    /** One printed page: a heading, a few sections, a footer. */
    public record Page(String title, String subtitle, List<Section> sections, String empty, String footer) {}

    public record Section(String heading, List<Line> lines) {}

    /** A notice: its title, a detail line, the link as printed and the address the QR code holds. */
    public record Line(String title, String detail, String shortLink, String url) {}

    private static final Color INK = new Color(0x1d, 0x2a, 0x24);
    private static final Color BRAND = new Color(0x17, 0x57, 0x3a);
    private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD, BRAND);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 17, Font.NORMAL, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 18, Font.BOLD, BRAND);
    private static final Font ITEM = new Font(Font.HELVETICA, 15, Font.BOLD, INK);
    private static final Font DETAIL = new Font(Font.HELVETICA, 13, Font.NORMAL, INK);
    private static final Font LINK = new Font(Font.COURIER, 11, Font.NORMAL, INK);
    private static final Font FOOTER = new Font(Font.HELVETICA, 12, Font.NORMAL, INK);

    /** The side of a QR code on paper: about 2 cm, read by any phone at arm's length. */
    private static final float QR_SIDE = 58;

    private NoticeboardPdf() {
    }

    public static byte[] write(String documentTitle, List<Page> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(documentTitle);
            document.open();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, writer.getDirectContent(), pages.get(i));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print the noticeboard", e);
        }
        return out.toByteArray();
    }

    private static void page(Document document, PdfContentByte canvas, Page page) throws DocumentException {
        document.add(new Paragraph(page.title(), TITLE));
        Paragraph subtitle = new Paragraph(page.subtitle(), SUBTITLE);
        subtitle.setSpacingAfter(6);
        document.add(subtitle);
        if (page.sections().isEmpty()) {
            Paragraph empty = new Paragraph(page.empty(), DETAIL);
            empty.setSpacingBefore(24);
            document.add(empty);
        }
        for (Section section : page.sections()) {
            Paragraph heading = new Paragraph(section.heading(), HEADING);
            heading.setSpacingBefore(8);
            heading.setSpacingAfter(4);
            document.add(heading);
            // two notices a row: a page holds the week of a busy neighbourhood
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (Line line : section.lines()) {
                table.addCell(cell(canvas, line));
            }
            if (section.lines().size() % 2 == 1) {
                PdfPCell blank = new PdfPCell();
                blank.setBorder(Rectangle.NO_BORDER);
                table.addCell(blank);
            }
            document.add(table);
        }
        Paragraph footer = new Paragraph(page.footer(), FOOTER);
        footer.setSpacingBefore(14);
        footer.setAlignment(Element.ALIGN_CENTER);
        document.add(footer);
    }

    private static PdfPCell cell(PdfContentByte canvas, Line line) {
        PdfPTable inner = new PdfPTable(new float[] {QR_SIDE + 6, 200});
        inner.setWidthPercentage(100);
        PdfPCell qr = new PdfPCell(qr(canvas, line.url()), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setPadding(2);
        inner.addCell(qr);
        Paragraph text = new Paragraph();
        text.add(new Chunk(line.title(), ITEM));
        text.add(Chunk.NEWLINE);
        text.add(new Chunk(line.detail(), DETAIL));
        text.add(Chunk.NEWLINE);
        text.add(new Chunk(line.shortLink(), LINK));
        PdfPCell words = new PdfPCell(text);
        words.setBorder(Rectangle.NO_BORDER);
        words.setPaddingLeft(4);
        inner.addCell(words);
        PdfPCell outer = new PdfPCell(inner);
        outer.setBorder(Rectangle.BOX);
        outer.setBorderColor(new Color(0xdc, 0xd8, 0xcc));
        outer.setPadding(5);
        return outer;
    }

    /** The QR code of the address, with its quiet zone, as a vector image. */
    private static Image qr(PdfContentByte canvas, String url) {
        QrCode code = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int border = 2;
        int modules = code.size + 2 * border;
        float unit = QR_SIDE / modules;
        PdfTemplate template = canvas.createTemplate(QR_SIDE, QR_SIDE);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    // PDF's y axis goes up: row 0 at the top
                    template.rectangle((x + border) * unit, QR_SIDE - (y + border + 1) * unit, unit, unit);
                }
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
