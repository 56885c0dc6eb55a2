package org.iowscb.learningloop.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The annual report as PDF: the page's own content ({@code board/report-body}) in its print frame
 * ({@code board/report-print}: no forms, paged-media styles), laid out by openhtmltopdf on PDFBox. The
 * charts are the same PNG images the page shows. The text is set in the PDF's standard sans-serif font, so
 * the file needs no font of the machine.
 */
@Component
class ReportPdf {

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] of(AnnualReport report, Map<String, String> charts, String boardName, String reportOf) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("charts", charts);
        context.setVariable("boardName", boardName);
        context.setVariable("reportOf", reportOf);
        String xhtml = templates.process("board/report-print", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the annual report could not be laid out as PDF", e);
        }
        return pdf.toByteArray();
    }
}
