package org.mentora.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The driver's own {@link DataSource}, chosen from the configured URL.
 *
 * <p>{@code @DataSourceDefinition} needs one class name at compile time; this lets the operator
 * switch H2 to PostgreSQL by setting {@code MENTORA_DB_URL} alone, with no rebuild and no separate
 * driver setting to keep in step. The container's pool wraps this class.
 */
public class RoutingDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile DataSource delegate;
  private PrintWriter logWriter;
  private int loginTimeout;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
    this.delegate = null;
  }

  public String getURL() {
    return getUrl();
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  private DataSource delegate() throws SQLException {
    DataSource current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = create();
          delegate = current;
        }
      }
    }
    return current;
  }

  private DataSource create() throws SQLException {
    DatabaseKind kind = DatabaseKind.fromUrl(url);
    try {
      Class<?> type = Class.forName(kind.dataSourceClass(), true, classLoader());
      DataSource dataSource = (DataSource) type.getDeclaredConstructor().newInstance();
      type.getMethod("setURL", String.class).invoke(dataSource, url);
      return dataSource;
    } catch (ReflectiveOperationException e) {
      throw new SQLException("Cannot create the data source for " + kind, e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : RoutingDataSource.class.getClassLoader();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return delegate().getConnection(username, pass);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
