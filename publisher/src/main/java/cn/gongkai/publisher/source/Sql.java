package cn.gongkai.publisher.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC shapes the source needs, with statements always closed. */
final class Sql {
  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Handles one row of a streamed query. */
  @FunctionalInterface
  interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  /** An open streamed query: the caller walks its rows and closes it. */
  record Cursor(PreparedStatement statement, ResultSet rs) implements AutoCloseable {
    @Override
    public void close() {
      try (statement) {
        rs.close();
      } catch (SQLException e) {
        throw new ContentUnavailable("Cannot close a query", e);
      }
    }
  }

  /** Rows fetched per round trip when streaming; PostgreSQL streams only with a fetch size. */
  private static final int FETCH_SIZE = 2_000;

  private final Connection connection;

  Sql(Connection connection) {
    this.connection = connection;
  }

  <T> List<T> list(String query, RowMapper<T> mapper, Object... params) {
    try (PreparedStatement ps = prepare(query, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new ContentUnavailable("Query failed: " + query, e);
    }
  }

  <T> Optional<T> first(String query, RowMapper<T> mapper, Object... params) {
    try (PreparedStatement ps = prepare(query, params)) {
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new ContentUnavailable("Query failed: " + query, e);
    }
  }

  void forEach(String query, RowHandler handler, Object... params) {
    try (Cursor cursor = stream(query, params)) {
      while (cursor.rs().next()) {
        handler.handle(cursor.rs());
      }
    } catch (SQLException e) {
      throw new ContentUnavailable("Query failed: " + query, e);
    }
  }

  Cursor stream(String query, Object... params) {
    try {
      PreparedStatement ps = prepare(query, params);
      ps.setFetchSize(FETCH_SIZE);
      return new Cursor(ps, ps.executeQuery());
    } catch (SQLException e) {
      throw new ContentUnavailable("Query failed: " + query, e);
    }
  }

  private PreparedStatement prepare(String query, Object... params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(query);
    for (int i = 0; i < params.length; i++) {
      ps.setObject(i + 1, params[i]);
    }
    return ps;
  }
}
