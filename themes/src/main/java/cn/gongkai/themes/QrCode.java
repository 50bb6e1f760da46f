package cn.gongkai.themes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as an SVG path: one unit per module, quiet zone included, so the template draws it in a
 * {@code viewBox="0 0 size size"} without any script or inline style.
 *
 * @param size the width and height in modules, quiet zone included
 * @param path SVG path data: horizontal lines through the dark modules, to stroke one unit wide
 */
public record QrCode(int size, String path) {

  private static final int QUIET_ZONE = 4;

  /**
   * Choosing the best of the eight mask patterns is nine tenths of ZXing's encoding time, which a
   * full build pays for every page of every variant; any mask is valid and scans, so use one.
   */
  private static final int MASK_PATTERN = 2;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET,
          StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN,
          QUIET_ZONE,
          EncodeHintType.QR_MASK_PATTERN,
          MASK_PATTERN);

  /** Encodes text, typically the page's absolute URL. */
  public static QrCode of(String text) {
    BitMatrix matrix;
    try {
      // Width 0 asks for the smallest matrix: one pixel per module.
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
    }
    return new QrCode(matrix.getWidth(), pathOf(matrix));
  }

  /**
   * One stroked horizontal line per run of dark modules, drawn one unit wide through the middle of
   * its row: about half the size of filled rectangles, which matters on millions of pages.
   */
  private static String pathOf(BitMatrix matrix) {
    StringBuilder path = new StringBuilder(matrix.getWidth() * matrix.getHeight() * 2);
    for (int y = 0; y < matrix.getHeight(); y++) {
      int penX = -1;
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        if (penX < 0) {
          path.append('M').append(start).append(' ').append(y).append(".5");
        } else {
          path.append('m').append(start - penX).append(" 0");
        }
        path.append('h').append(x - start);
        penX = x;
      }
    }
    return path.toString();
  }
}
