package dev.gazette.persistence.settings;

import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;
import org.postgresql.xa.PGXADataSource;

/**
 * The databases Gazette runs on, told apart by the JDBC URL: the embedded H2 of a single machine, and PostgreSQL for
 * a portal that outgrew it. Each brings its driver's data sources and the folder of its own migration scripts where
 * their SQL differs (see {@link dev.gazette.persistence.schema.Migrations}).
 */
public enum Database {

    H2("jdbc:h2:", "sa") {
        @Override
        Drivers drivers(String url, String user, String password) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return new Drivers(h2, h2);
        }
    },
    POSTGRESQL("jdbc:postgresql:", "gazette") {
        @Override
        Drivers drivers(String url, String user, String password) {
            return new Drivers(connecting(new PGXADataSource(), url, user, password),
                    connecting(new PGSimpleDataSource(), url, user, password));
        }
    };

    private static <T extends BaseDataSource> T connecting(T postgres, String url, String user, String password) {
        postgres.setURL(url);
        postgres.setUser(user);
        postgres.setPassword(password);
        return postgres;
    }

    private final String urlPrefix;
    private final String defaultUser;

    Database(String urlPrefix, String defaultUser) {
        this.urlPrefix = urlPrefix;
        this.defaultUser = defaultUser;
    }

    /** The database a JDBC URL names, or a clear refusal of any other. */
    public static Database of(String url) {
        return Arrays.stream(values()).filter(database -> url.startsWith(database.urlPrefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Gazette runs on H2 (jdbc:h2:…) or PostgreSQL "
                        + "(jdbc:postgresql://host:5432/name); gazette.db.url is " + url.replaceAll("password=[^&;]*", "password=…")));
    }

    /** The database behind an open connection, by the name its driver reports. */
    public static Database named(String productName) {
        return productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** The folder of the migrations written for this database alone, beside the shared ones. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    String defaultUser() {
        return defaultUser;
    }

    abstract Drivers drivers(String url, String user, String password);

    /** The driver's data source for the server's XA pool, and its plain one for work outside a transaction manager. */
    record Drivers(XADataSource xa, DataSource plain) {
    }
}
