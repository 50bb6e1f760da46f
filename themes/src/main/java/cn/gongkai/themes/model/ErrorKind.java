package cn.gongkai.themes.model;

/** Why a page is an error page, with the HTTP status the web server should send with it. */
public enum ErrorKind {
  /** 404: no such page. The server serves it for any path, so its links are absolute. */
  NOT_FOUND(404),
  /** 410: the page was withdrawn or repealed and taken down on purpose. */
  GONE(410);

  private final int status;

  ErrorKind(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
