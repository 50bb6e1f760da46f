package cn.gongkai.publisher.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A pool of small, distinct, valid one-page PDFs that synthetic items share as attachments: a few
 * hundred files stand for a site's attachments without filling the disk.
 */
final class SyntheticPdfs {
  /** One file of the pool, by its SHA-256 as the CMS stores it. */
  record Pdf(String sha256, byte[] bytes) {}

  private final List<Pdf> pool = new ArrayList<>();

  SyntheticPdfs(int files) {
    for (int k = 0; k < files; k++) {
      byte[] bytes = pdf(k);
      pool.add(new Pdf(sha256(bytes), bytes));
    }
  }

  Pdf get(int k) {
    return pool.get(k);
  }

  int size() {
    return pool.size();
  }

  /** Writes every file as {@code dir/ab/abcdef…}, the CMS's attachment layout. */
  void writeTo(Path dir) throws IOException {
    for (Pdf pdf : pool) {
      Path file = dir.resolve(pdf.sha256().substring(0, 2)).resolve(pdf.sha256());
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, pdf.bytes());
      }
    }
  }

  /** A PDF 1.4 document with one page of text; its length varies with {@code k} (1–9 KB). */
  private static byte[] pdf(int k) {
    StringBuilder text = new StringBuilder("BT /F1 11 Tf 56 780 Td 14 TL\n");
    text.append("(Synthetic attachment ").append(k).append(" for the Gongkai benchmark) Tj\n");
    for (int line = 0; line < 10 + (k * 37) % 90; line++) {
      text.append("T* (Line ").append(line).append(" of attachment ").append(k).append(") Tj\n");
    }
    text.append("ET");
    return OnePagePdf.drawnBy(text.toString());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
