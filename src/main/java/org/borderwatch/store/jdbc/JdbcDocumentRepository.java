package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.store.DocumentLimits;
import org.borderwatch.store.DocumentRepository;
import org.borderwatch.store.DocumentSummary;
import org.borderwatch.store.SaveOutcome;
import org.borderwatch.store.StoreException;

/** Documents in the {@code documents} table; texts and offset map are read only when a whole document is asked for. */
final class JdbcDocumentRepository implements DocumentRepository {
    /** Shorter prefixes of an id match too much to be taken as one. */
    private static final int MIN_ID_PREFIX = 4;

    private static final String FULL_COLUMNS = "id, source_url, file_name, title, publisher, author, language,"
            + " published_start, published_end, published_precision, content_hash, raw_text, clean_text,"
            + " offset_runs, version, ingested_at, conflict";

    private static final String SUMMARY_COLUMNS = "d.id, d.file_name, d.source_url, d.title, d.publisher,"
            + " d.published_start, d.published_end, d.published_precision, d.word_count, d.version,"
            + " EXISTS (SELECT 1 FROM extraction_marks m WHERE m.document_id = d.id) AS extracted, d.conflict";

    private final Database db;

    JdbcDocumentRepository(Database db) {
        this.db = db;
    }

    @Override
    public SaveOutcome save(Document document) {
        List<String> tooLong = DocumentLimits.problems(document);
        if (!tooLong.isEmpty()) {
            throw new StoreException("cannot save document " + document.id() + ": " + String.join("; ", tooLong));
        }
        return db.inTransaction("save document " + document.id(), c -> {
            // Saves queue here, across processes too, so that two writers of the same report do not both find it
            // new, nor two versions of one source the same version number.
            StoreState.lock(c, StoreState.DOCUMENTS_LOCK);
            if (exists(c, "SELECT 1 FROM documents WHERE content_hash = ?", document.contentHash())) {
                return SaveOutcome.DUPLICATE;
            }
            int previous = document.sourceUrl() == null ? 0 : maxVersion(c, document.sourceUrl());
            insert(c, document, previous + 1);
            return previous == 0 ? SaveOutcome.NEW : SaveOutcome.NEW_VERSION;
        });
    }

    private static int maxVersion(Connection c, String sourceUrl) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM documents WHERE source_url = ?")) {
            ps.setString(1, sourceUrl);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void insert(Connection c, Document d, int version) throws SQLException {
        String sql = "INSERT INTO documents (id, source_url, file_name, title, publisher, author, language,"
                + " published_start, published_end, published_precision, content_hash, raw_text, clean_text,"
                + " offset_runs, clean_length, raw_length, word_count, version, ingested_at, conflict)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, d.id());
            ps.setString(i++, d.sourceUrl());
            ps.setString(i++, d.fileName());
            ps.setString(i++, d.title());
            ps.setString(i++, d.publisher());
            ps.setString(i++, d.author());
            ps.setString(i++, d.language());
            DateSpan published = d.published();
            setDate(ps, i++, published == null ? null : published.start());
            setDate(ps, i++, published == null ? null : published.end());
            ps.setString(i++, published == null ? null : published.precision().name());
            ps.setString(i++, d.contentHash());
            ps.setString(i++, d.rawText());
            ps.setString(i++, d.cleanText());
            ps.setBytes(i++, OffsetMapCodec.encode(d.offsets()));
            ps.setInt(i++, d.offsets().cleanLength());
            ps.setInt(i++, d.offsets().rawLength());
            ps.setInt(i++, d.wordCount());
            ps.setInt(i++, version);
            Instant at = d.ingestedAt() == null ? Instant.now() : d.ingestedAt();
            ps.setObject(i++, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(i, d.conflict());
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<Document> findById(String id) {
        return db.read("read document " + id, c -> one(c,
                "SELECT " + FULL_COLUMNS + " FROM documents WHERE id = ?", id));
    }

    @Override
    public Optional<Document> find(String idOrFileName) {
        return db.read("find document " + idOrFileName, c -> {
            Optional<Document> byId = one(c, "SELECT " + FULL_COLUMNS + " FROM documents WHERE id = ?", idOrFileName);
            if (byId.isPresent()) {
                return byId;
            }
            if (idOrFileName.length() >= MIN_ID_PREFIX) {
                List<String> ids = ids(c, "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' FETCH FIRST 2 ROWS ONLY",
                        SqlLike.escape(idOrFileName) + "%");
                if (ids.size() == 1) {
                    return one(c, "SELECT " + FULL_COLUMNS + " FROM documents WHERE id = ?", ids.get(0));
                }
            }
            Optional<Document> byName = latestNamed(c, idOrFileName);
            if (byName.isPresent()) {
                return byName;
            }
            // the start of a file name ("003" for "003_fee1….txt") when only one file name starts so
            List<String> names = ids(c, "SELECT DISTINCT file_name FROM documents WHERE file_name LIKE ? ESCAPE '\\'"
                    + " FETCH FIRST 2 ROWS ONLY", SqlLike.escape(idOrFileName) + "%");
            return names.size() == 1 ? latestNamed(c, names.get(0)) : Optional.empty();
        });
    }

    private static Optional<Document> latestNamed(Connection c, String fileName) throws SQLException {
        return one(c, "SELECT " + FULL_COLUMNS + " FROM documents WHERE file_name = ?"
                + " ORDER BY version DESC, ingested_at DESC FETCH FIRST 1 ROWS ONLY", fileName);
    }

    @Override
    public List<DocumentSummary> list() {
        return db.read("list documents", c -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM documents d ORDER BY d.file_name, d.version, d.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), dateSpan(rs, 6), rs.getInt(9), rs.getInt(10), rs.getBoolean(11),
                            rs.getString(12)));
                }
            }
            return out;
        });
    }

    @Override
    public List<Document> findNotExtracted(String extractorVersion) {
        return readAsNeeded(db.read("find documents to extract", c -> ids(c, "SELECT id FROM documents d"
                + " WHERE NOT EXISTS (SELECT 1 FROM extraction_marks m"
                + " WHERE m.document_id = d.id AND m.extractor_version = ?) ORDER BY file_name, version, id",
                extractorVersion)));
    }

    @Override
    public List<Document> all() {
        return readAsNeeded(list().stream().map(DocumentSummary::id).toList());
    }

    /** The documents with these ids, each read from the store when it is asked for: only ids stay in memory. */
    private List<Document> readAsNeeded(List<String> ids) {
        return new AbstractList<>() {
            @Override
            public Document get(int index) {
                String id = ids.get(index);
                return findById(id).orElseThrow(() -> new StoreException("document " + id + " is gone from the store"));
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    @Override
    public int count() {
        return db.read("count documents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Optional<Document> one(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        }
    }

    private static List<String> ids(Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static boolean exists(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Document document(ResultSet rs) throws SQLException {
        OffsetDateTime ingested = rs.getObject("ingested_at", OffsetDateTime.class);
        return new Document(
                rs.getString("id"),
                rs.getString("source_url"),
                rs.getString("file_name"),
                rs.getString("title"),
                rs.getString("publisher"),
                rs.getString("author"),
                rs.getString("language"),
                dateSpan(rs, rs.findColumn("published_start")),
                rs.getString("content_hash"),
                rs.getString("raw_text"),
                rs.getString("clean_text"),
                OffsetMapCodec.decode(rs.getBytes("offset_runs")),
                rs.getInt("version"),
                ingested == null ? null : ingested.toInstant(),
                rs.getString("conflict"));
    }

    /** Reads start, end and precision from three consecutive columns starting at {@code startColumn}. */
    private static DateSpan dateSpan(ResultSet rs, int startColumn) throws SQLException {
        LocalDate start = rs.getObject(startColumn, LocalDate.class);
        if (start == null) {
            return null;
        }
        LocalDate end = rs.getObject(startColumn + 1, LocalDate.class);
        return new DateSpan(start, end, DatePrecision.valueOf(rs.getString(startColumn + 2)));
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }
}
