package org.borderwatch.store.jdbc;

import javax.sql.DataSource;
import org.borderwatch.store.GazetteerRepository;

/** JDBC gazetteer storage. (Placeholder: the geography work fills it in.) */
public final class JdbcGazetteerRepository implements GazetteerRepository {
    private final DataSource dataSource;

    public JdbcGazetteerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }
}
