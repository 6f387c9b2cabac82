package dev.gazette.persistence.settings;

import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;

/**
 * The data source the application server pools for Gazette: the driver's own for the {@link Database} the URL names
 * (H2 or PostgreSQL), with its URL, user and password taken from {@link Settings} instead of the
 * {@code @DataSourceDefinition}. WildFly and Payara expand different placeholders
 * (or none) in annotations, so this is how one EAR finds its data directory on both without server configuration.
 * The setters a server calls with the annotation's values are therefore ignored.
 */
public class GazetteDataSource implements XADataSource, DataSource, Serializable {

    private static final long serialVersionUID = 1L;
    private final String url = Settings.databaseUrl();
    private transient Database.Drivers drivers;
    private String description;

    public String getURL() {
        return url;
    }

    public void setURL(String ignored) {
    }

    public void setUrl(String ignored) {
    }

    public void setUser(String ignored) {
    }

    public void setPassword(String ignored) {
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Made at first use (and again after deserialization, which servers may do to a data source). */
    private synchronized Database.Drivers drivers() {
        if (drivers == null) {
            drivers = Database.of(url).drivers(url, Settings.databaseUser(), Settings.databasePassword());
        }
        return drivers;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return drivers().xa().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return drivers().xa().getXAConnection();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return drivers().plain().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return drivers().plain().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return drivers().plain().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        drivers().plain().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        drivers().plain().setLoginTimeout(seconds);
        drivers().xa().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return drivers().plain().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return drivers().plain().getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return drivers().plain().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || drivers().plain().isWrapperFor(type);
    }
}
