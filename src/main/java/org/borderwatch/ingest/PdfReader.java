package org.borderwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.domain.DateSpan;

/** PDF files through PDFBox: the text layer in reading order, title, author and creation date. */
public final class PdfReader implements SourceReader {
    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    @Override
    public ExtractedText read(Path file, byte[] content) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException("the PDF does not permit text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f"); // keeps page boundaries visible in the raw text
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                throw new IngestException("the PDF has no text layer (a scanned document?)");
            }
            return new ExtractedText(text, metadata(pdf.getDocumentInformation()));
        } catch (InvalidPasswordException e) {
            throw new IngestException("the PDF is password-protected", e);
        } catch (IOException e) {
            throw new IngestException("not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static SourceMetadata metadata(PDDocumentInformation info) {
        Calendar created = info.getCreationDate();
        DateSpan published = created == null ? null
                : DateSpan.day(created.toInstant().atZone(created.getTimeZone().toZoneId()).toLocalDate());
        return new SourceMetadata(info.getTitle(), null, info.getAuthor(), published, null, null);
    }

}
