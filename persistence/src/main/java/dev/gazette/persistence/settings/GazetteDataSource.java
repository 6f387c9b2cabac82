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
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source the application server pools for Gazette: H2's own, with its URL, user and password taken from
 * {@link Settings} instead of the {@code @DataSourceDefinition}. WildFly and Payara expand different placeholders
 * (or none) in annotations, so this is how one EAR finds its data directory on both without server configuration.
 * The setters a server calls with the annotation's values are therefore ignored.
 */
public class GazetteDataSource implements XADataSource, DataSource, Serializable {

    private static final long serialVersionUID = 1L;
    private final JdbcDataSource h2 = new JdbcDataSource();
    private String description;

    public GazetteDataSource() {
        h2.setURL(Settings.databaseUrl());
        h2.setUser(Settings.databaseUser());
        h2.setPassword(Settings.databasePassword());
    }

    public String getURL() {
        return h2.getURL();
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

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return h2.getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return h2.getXAConnection();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return h2.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return h2.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return h2.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return h2.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || h2.isWrapperFor(type);
    }
}
