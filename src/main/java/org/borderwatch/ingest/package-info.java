/**
 * Ingestion of report files: {@link org.borderwatch.ingest.IngestService} reads plain text, HTML
 * and PDF files (and folders of them), takes metadata from a {@link org.borderwatch.ingest.Manifest}
 * or the file itself, cleans the text and stores {@link org.borderwatch.domain.Document}s, reporting
 * per file in an {@link org.borderwatch.ingest.IngestReport}. A document's raw text is the text as
 * read from the file (for HTML and PDF, the text jsoup or PDFBox extracted), which is what its
 * offsets and content hash refer to. {@link org.borderwatch.ingest.SampleCorpus} carries the small
 * sample corpus bundled in the jar.
 */
package org.borderwatch.ingest;
