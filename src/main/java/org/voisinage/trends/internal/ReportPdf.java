package org.voisinage.trends.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Prints a trends report: A4, a heading, a note on the hidden figures, then one table per section. Knows nothing of
 * the modules: it prints what it is given, already translated and already hidden where it must be.
 */
public final class ReportPdf {

    public record Report(String title, String subtitle, String note, List<Section> sections, String footer) {}

    /** A table: its heading, its column headings, its rows (the first cell a row's label). */
    public record Section(String heading, List<String> columns, List<List<String>> rows) {}

    private static final Color INK = new Color(0x1d, 0x2a, 0x24);
    private static final Color BRAND = new Color(0x17, 0x57, 0x3a);
    private static final Color HEAD = new Color(0xe8, 0xf0, 0xeb);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, BRAND);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 13, Font.NORMAL, INK);
    private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, BRAND);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, INK);

    private ReportPdf() {}

    /**
     * The typographic apostrophe drops the standard Helvetica to a plain fallback in OpenPDF: printed as a straight
     * one.
     */
    static String plain(String text) {
        return text.replace('\u2019', '\'');
    }

    public static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(plain(report.title()));
            document.open();
            document.add(new Paragraph(plain(report.title()), TITLE));
            Paragraph subtitle = new Paragraph(plain(report.subtitle()), SUBTITLE);
            subtitle.setSpacingAfter(4);
            document.add(subtitle);
            document.add(new Paragraph(plain(report.note()), NOTE));
            for (Section section : report.sections()) {
                Paragraph heading = new Paragraph(plain(section.heading()), HEADING);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                document.add(table(section));
            }
            Paragraph footer = new Paragraph(plain(report.footer()), NOTE);
            footer.setSpacingBefore(16);
            document.add(footer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not print the trends report", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Section section) throws DocumentException {
        int columns = section.columns().size();
        float[] widths = new float[columns];
        widths[0] = 3;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1.2f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : section.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(plain(column), CELL_BOLD));
            cell.setBackgroundColor(HEAD);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (List<String> row : section.rows()) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = new PdfPCell(new Phrase(plain(row.get(i)), i == 0 ? CELL_BOLD : CELL));
                cell.setPadding(4);
                if (i > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }
}
