package org.borderwatch.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GazetteerEntry;
import org.borderwatch.domain.GazetteerSource;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Place;
import org.borderwatch.domain.ProgressListener;
import org.borderwatch.store.GazetteerRepository;

/** JDBC gazetteer storage (tables of migration V3); plain SQL that runs on H2 and PostgreSQL. */
public final class JdbcGazetteerRepository implements GazetteerRepository {
    private static final int BATCH = 1000;
    private final DataSource dataSource;

    public JdbcGazetteerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void replaceSource(GazetteerSource source, List<GazetteerEntry> places, List<Boundary> boundaries,
                              ProgressListener progress) {
        long total = places.size() + boundaries.size();
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                deleteSource(c, source.id());
                insertSource(c, source, places.size(), boundaries.size());
                insertPlaces(c, source.id(), places, progress, total);
                insertBoundaries(c, source.id(), boundaries);
                c.commit();
                progress.progress(total, total, null);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store gazetteer source " + source.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void removeSource(String sourceId) {
        new Database(dataSource).inTransaction("remove gazetteer source " + sourceId, c -> {
            deleteSource(c, sourceId);
            return null;
        });
    }

    private static void deleteSource(Connection c, String sourceId) throws SQLException {
        // Names first: not every database cascades through two levels quickly.
        for (String sql : List.of(
                "DELETE FROM gaz_place_name WHERE place_id IN (SELECT id FROM gaz_place WHERE source = ?)",
                "DELETE FROM gaz_place WHERE source = ?",
                "DELETE FROM gaz_boundary WHERE source = ?",
                "DELETE FROM gaz_source WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, sourceId);
                ps.executeUpdate();
            }
        }
    }

    private static void insertSource(Connection c, GazetteerSource s, int places, int boundaries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gaz_source (id, description, attribution, imported_at, place_count, boundary_count)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.description());
            ps.setString(3, s.attribution());
            ps.setTimestamp(4, s.importedAt() == null ? null : Timestamp.from(s.importedAt()));
            ps.setInt(5, places);
            ps.setInt(6, boundaries);
            ps.executeUpdate();
        }
    }

    private static void insertPlaces(Connection c, String sourceId, List<GazetteerEntry> places,
                                     ProgressListener progress, long total) throws SQLException {
        try (PreparedStatement pp = c.prepareStatement(
                "INSERT INTO gaz_place (id, source, name, latitude, longitude, admin1, country, feature_class,"
                        + " population, geonames_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement pn = c.prepareStatement(
                     "INSERT INTO gaz_place_name (place_id, ordinal, name, lang, kind) VALUES (?, ?, ?, ?, ?)")) {
            int done = 0;
            for (GazetteerEntry e : places) {
                Place p = e.place();
                pp.setString(1, p.id());
                pp.setString(2, sourceId);
                pp.setString(3, p.name());
                if (p.point() == null) {
                    pp.setNull(4, Types.DOUBLE);
                    pp.setNull(5, Types.DOUBLE);
                } else {
                    pp.setDouble(4, p.point().latitude());
                    pp.setDouble(5, p.point().longitude());
                }
                pp.setString(6, p.admin1());
                pp.setString(7, p.country());
                pp.setString(8, p.featureClass().name());
                pp.setLong(9, p.population());
                pp.setString(10, p.geonamesId());
                pp.addBatch();
                int ordinal = 0;
                for (GazetteerEntry.Name n : e.names()) {
                    pn.setString(1, p.id());
                    pn.setInt(2, ordinal++);
                    pn.setString(3, n.text());
                    pn.setString(4, n.lang());
                    pn.setString(5, n.kind().name());
                    pn.addBatch();
                }
                if (++done % BATCH == 0) {
                    pp.executeBatch();
                    pn.executeBatch();
                    progress.progress(done, total, p.name());
                }
            }
            pp.executeBatch();
            pn.executeBatch();
        }
    }

    private static void insertBoundaries(Connection c, String sourceId, List<Boundary> boundaries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gaz_boundary (id, source, level, name, country, geonames_id, wkt) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Boundary b : boundaries) {
                ps.setString(1, b.id());
                ps.setString(2, sourceId);
                ps.setString(3, b.level().name());
                ps.setString(4, b.name());
                ps.setString(5, b.country());
                ps.setString(6, b.geonamesId());
                ps.setString(7, b.wkt());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public List<GazetteerEntry> allPlaces() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            Map<String, List<GazetteerEntry.Name>> names = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT place_id, name, lang, kind FROM gaz_place_name ORDER BY place_id, ordinal")) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new GazetteerEntry.Name(rs.getString(2), rs.getString(3),
                                    GazetteerEntry.NameKind.valueOf(rs.getString(4))));
                }
            }
            List<GazetteerEntry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, source, name, latitude, longitude, admin1, country,"
                    + " feature_class, population, geonames_id FROM gaz_place ORDER BY id")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    double lat = rs.getDouble(4);
                    GeoPoint point = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble(5));
                    List<GazetteerEntry.Name> own = names.getOrDefault(id, List.of());
                    Place place = new Place(id, rs.getString(3), own.stream().map(GazetteerEntry.Name::text).distinct().toList(),
                            point, rs.getString(6), rs.getString(7), FeatureClass.valueOf(rs.getString(8)),
                            rs.getLong(9), rs.getString(10));
                    out.add(new GazetteerEntry(place, own, rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the gazetteer: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Boundary> boundaries() {
        List<Boundary> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, source, level, name, country, geonames_id, wkt FROM gaz_boundary ORDER BY id")) {
            while (rs.next()) {
                out.add(new Boundary(rs.getString(1), rs.getString(2), FeatureClass.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read gazetteer boundaries: " + e.getMessage(), e);
        }
    }

    @Override
    public List<GazetteerSource> sources() {
        List<GazetteerSource> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, description, attribution, imported_at, place_count, boundary_count"
                     + " FROM gaz_source ORDER BY id")) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(4);
                out.add(new GazetteerSource(rs.getString(1), rs.getString(2), rs.getString(3),
                        at == null ? null : at.toInstant(), rs.getInt(5), rs.getInt(6)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read gazetteer sources: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Map<String, Long>> countsBySourceAndCountry() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source, country, COUNT(*) FROM gaz_place GROUP BY source, country"
                     + " ORDER BY source, country")) {
            while (rs.next()) {
                String country = rs.getString(2);
                out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(country == null ? "" : country, rs.getLong(3));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count gazetteer places: " + e.getMessage(), e);
        }
    }

    @Override
    public long placeCount() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM gaz_place")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count gazetteer places: " + e.getMessage(), e);
        }
    }
}
