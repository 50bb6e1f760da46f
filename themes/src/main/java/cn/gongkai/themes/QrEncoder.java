package cn.gongkai.themes;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.decoder.Version;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The QR codes of page URLs, module for module the matrix ZXing's {@code Encoder} makes for the
 * same text with error correction level M, byte mode in UTF-8 (behind an ECI header) and mask
 * pattern 2 — {@code QrEncoderTest} compares the two on thousands of texts — but made for a full
 * build, which encodes one code per page of every variant.
 *
 * <p>Profiling a cold 10,000-item build found a fifth of its CPU samples in ZXing's encoder: it
 * builds its Reed–Solomon generator polynomials again for every block and allocates a polynomial at
 * every step of the division, and it places the data bit by bit after building the function
 * patterns anew. Here the generators are made once per degree, the division runs on an int array,
 * and each version's function patterns and data positions are laid out once. ZXing still supplies
 * the tables (versions, error-correction blocks, alignment pattern centres) and encodes every text
 * this class does not: texts that ZXing would put in numeric or alphanumeric mode.
 */
final class QrEncoder {
  private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;

  /**
   * Any mask is valid and scans; trying all eight was most of ZXing's time. Pattern 2: x mod 3 = 0.
   */
  static final int MASK_PATTERN = 2;

  /**
   * ECI assignment number of UTF-8, which ZXing writes before byte-mode data it encodes in UTF-8.
   */
  private static final int ECI_UTF8 = 26;

  private static final int MODE_ECI = 0b0111;
  private static final int MODE_BYTE = 0b0100;
  private static final int[] PAD_BYTES = {0xEC, 0x11};

  /** GF(256) with QR's primitive polynomial x⁸ + x⁴ + x³ + x² + 1: powers of α and logarithms. */
  private static final int[] EXP = new int[256];

  private static final int[] LOG = new int[256];

  /** Generator polynomials by degree (QR uses 7 to 30), highest coefficient, 1, left out. */
  private static final int[][] GENERATORS = new int[31][];

  private static final Map<Integer, Layout> LAYOUTS = new ConcurrentHashMap<>();

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= 0x11D;
      }
    }
    EXP[255] = EXP[0];
    for (int degree = 1; degree < GENERATORS.length; degree++) {
      GENERATORS[degree] = generator(degree);
    }
  }

  private QrEncoder() {}

  /**
   * The modules, one row per array and 1 for a dark module, or empty where ZXing would choose
   * another mode than bytes (text of digits, capitals and {@code $%*+-./:} and spaces only).
   */
  static Optional<byte[][]> encode(String text) {
    if (!needsByteMode(text)) {
      return Optional.empty();
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Version version = chooseVersion(bytes.length);
    Layout layout = layout(version);
    return Optional.of(layout.place(codewords(bytes, version)));
  }

  /** ZXing's chooseMode for a non-Shift_JIS text: bytes as soon as one character needs them. */
  private static boolean needsByteMode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') && " $%*+-./:".indexOf(c) < 0) {
        return true;
      }
    }
    return text.isEmpty();
  }

  /** Header bits before the data: ECI (4 + 8), byte mode (4), the count (8 or 16). */
  private static int bitsNeeded(int byteCount, Version version) {
    return 4 + 8 + 4 + Mode.BYTE.getCharacterCountBits(version) + 8 * byteCount;
  }

  /**
   * ZXing's recommendVersion: a guess with version 1's count length, then the real count length.
   */
  private static Version chooseVersion(int byteCount) {
    Version provisional = smallestFitting(bitsNeeded(byteCount, Version.getVersionForNumber(1)));
    return smallestFitting(bitsNeeded(byteCount, provisional));
  }

  private static Version smallestFitting(int bits) {
    for (int number = 1; number <= 40; number++) {
      Version version = Version.getVersionForNumber(number);
      if (dataCodewords(version) >= (bits + 7) / 8) {
        return version;
      }
    }
    throw new IllegalArgumentException("Too long for a QR code: " + bits + " bits");
  }

  private static int dataCodewords(Version version) {
    return version.getTotalCodewords() - version.getECBlocksForLevel(LEVEL).getTotalECCodewords();
  }

  /** The final codeword sequence: data blocks interleaved, then their error-correction blocks. */
  private static int[] codewords(byte[] bytes, Version version) {
    int[] data = dataCodewords(bytes, version);
    int total = version.getTotalCodewords();
    int blocks = version.getECBlocksForLevel(LEVEL).getNumBlocks();
    // As ZXing splits them: the later blocks ("group 2") hold one data codeword more.
    int longBlocks = total % blocks;
    int shortBlocks = blocks - longBlocks;
    int shortData = data.length / blocks;
    int ecPerBlock = total / blocks - shortData;
    int[] out = new int[total];
    int[][] ec = new int[blocks][];
    int offset = 0;
    for (int b = 0; b < blocks; b++) {
      int length = b < shortBlocks ? shortData : shortData + 1;
      ec[b] = errorCorrection(data, offset, length, ecPerBlock);
      for (int i = 0; i < length; i++) {
        // Interleaved: codeword i of every block, then codeword i + 1 …; short blocks skip the
        // last.
        int position = i * blocks + b - (i == shortData ? shortBlocks : 0);
        out[position] = data[offset + i];
      }
      offset += length;
    }
    for (int i = 0; i < ecPerBlock; i++) {
      for (int b = 0; b < blocks; b++) {
        out[data.length + i * blocks + b] = ec[b][i];
      }
    }
    return out;
  }

  private static int[] dataCodewords(byte[] bytes, Version version) {
    int[] out = new int[dataCodewords(version)];
    BitWriter bits = new BitWriter(out);
    bits.write(MODE_ECI, 4);
    bits.write(ECI_UTF8, 8);
    bits.write(MODE_BYTE, 4);
    bits.write(bytes.length, Mode.BYTE.getCharacterCountBits(version));
    for (byte b : bytes) {
      bits.write(b & 0xFF, 8);
    }
    int capacity = out.length * 8;
    bits.write(0, Math.min(4, capacity - bits.size())); // the terminator, if it fits
    bits.write(0, (8 - bits.size() % 8) % 8);
    for (int i = 0; bits.size() < capacity; i++) {
      bits.write(PAD_BYTES[i % 2], 8);
    }
    return out;
  }

  /** Reed–Solomon: the remainder of data·x^n divided by the generator of degree n. */
  private static int[] errorCorrection(int[] data, int offset, int length, int degree) {
    int[] generator = GENERATORS[degree];
    int[] remainder = new int[degree];
    for (int i = 0; i < length; i++) {
      int factor = data[offset + i] ^ remainder[0];
      System.arraycopy(remainder, 1, remainder, 0, degree - 1);
      remainder[degree - 1] = 0;
      if (factor != 0) {
        for (int j = 0; j < degree; j++) {
          remainder[j] ^= multiply(generator[j], factor);
        }
      }
    }
    return remainder;
  }

  /** (x − α⁰)(x − α¹)…(x − αⁿ⁻¹) without its leading 1, as ZXing's ReedSolomonEncoder builds it. */
  private static int[] generator(int degree) {
    int[] coefficients = {1};
    for (int d = 0; d < degree; d++) {
      int root = EXP[d];
      int[] next = new int[coefficients.length + 1];
      for (int i = 0; i < coefficients.length; i++) {
        next[i] ^= coefficients[i];
        next[i + 1] ^= multiply(coefficients[i], root);
      }
      coefficients = next;
    }
    return Arrays.copyOfRange(coefficients, 1, coefficients.length);
  }

  private static int multiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[(LOG[a] + LOG[b]) % 255];
  }

  private static Layout layout(Version version) {
    return LAYOUTS.computeIfAbsent(version.getVersionNumber(), number -> Layout.of(version));
  }

  /** Big-endian bits into codewords of eight. */
  private static final class BitWriter {
    private final int[] codewords;
    private int size;

    BitWriter(int[] codewords) {
      this.codewords = codewords;
    }

    void write(int value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        if ((value >>> i & 1) != 0) {
          codewords[size / 8] |= 0x80 >>> (size % 8);
        }
        size++;
      }
    }

    int size() {
      return size;
    }
  }

  /**
   * One version's matrix without data: the function patterns, the format information for level M
   * and the mask, the version information; and the data modules in placement order, each with the
   * mask's value there.
   */
  private static final class Layout {
    private static final int EMPTY = -1;
    private static final int FORMAT_POLY = 0x537;
    private static final int FORMAT_MASK = 0x5412;
    private static final int VERSION_POLY = 0x1f25;

    private final byte[][] functionModules;
    private final int[] dataX;
    private final int[] dataY;
    private final byte[] maskBits;

    private Layout(byte[][] functionModules, int[] dataX, int[] dataY, byte[] maskBits) {
      this.functionModules = functionModules;
      this.dataX = dataX;
      this.dataY = dataY;
      this.maskBits = maskBits;
    }

    byte[][] place(int[] codewords) {
      byte[][] rows = new byte[functionModules.length][];
      for (int y = 0; y < rows.length; y++) {
        rows[y] = functionModules[y].clone();
      }
      int bitCount = codewords.length * 8;
      for (int i = 0; i < dataX.length; i++) {
        // Beyond the codewords come the remainder bits, which are 0 before masking.
        int bit = i < bitCount ? codewords[i >>> 3] >>> (7 - (i & 7)) & 1 : 0;
        rows[dataY[i]][dataX[i]] = (byte) (bit ^ maskBits[i]);
      }
      return rows;
    }

    static Layout of(Version version) {
      int size = version.getDimensionForVersion();
      byte[][] m = new byte[size][size];
      for (byte[] row : m) {
        Arrays.fill(row, (byte) EMPTY);
      }
      finder(m, 0, 0);
      finder(m, size - 7, 0);
      finder(m, 0, size - 7);
      for (int i = 0; i < 8; i++) { // separators
        m[7][i] = m[7][size - 8 + i] = m[size - 8][i] = 0;
        m[i][7] = m[i][size - 8] = m[size - 8 + i][7] = 0;
      }
      m[size - 8][8] = 1; // the dark module
      int[] centres = version.getAlignmentPatternCenters();
      for (int cy : centres) {
        for (int cx : centres) {
          if (m[cy][cx] == EMPTY) {
            alignment(m, cx, cy);
          }
        }
      }
      for (int i = 8; i < size - 8; i++) { // timing patterns
        int bit = (i + 1) % 2;
        if (m[6][i] == EMPTY) {
          m[6][i] = (byte) bit;
        }
        if (m[i][6] == EMPTY) {
          m[i][6] = (byte) bit;
        }
      }
      formatInformation(m);
      if (version.getVersionNumber() >= 7) {
        versionInformation(m, version.getVersionNumber());
      }
      return withDataPositions(m);
    }

    private static void finder(byte[][] m, int left, int top) {
      for (int y = 0; y < 7; y++) {
        for (int x = 0; x < 7; x++) {
          boolean ring = x == 0 || x == 6 || y == 0 || y == 6;
          boolean core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
          m[top + y][left + x] = (byte) (ring || core ? 1 : 0);
        }
      }
    }

    private static void alignment(byte[][] m, int cx, int cy) {
      for (int dy = -2; dy <= 2; dy++) {
        for (int dx = -2; dx <= 2; dx++) {
          m[cy + dy][cx + dx] = (byte) (Math.max(Math.abs(dx), Math.abs(dy)) != 1 ? 1 : 0);
        }
      }
    }

    /** Fifteen bits, level and mask with their BCH code, beside the top-left finder and copied. */
    private static void formatInformation(byte[][] m) {
      int size = m.length;
      int data = LEVEL.getBits() << 3 | MASK_PATTERN;
      int bits = (data << 10 | bch(data, FORMAT_POLY)) ^ FORMAT_MASK;
      int[][] first = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8},
        {3, 8}, {2, 8}, {1, 8}, {0, 8}
      };
      for (int i = 0; i < 15; i++) {
        byte bit = (byte) (bits >>> i & 1);
        m[first[i][1]][first[i][0]] = bit;
        if (i < 8) {
          m[8][size - 1 - i] = bit;
        } else {
          m[size - 7 + (i - 8)][8] = bit;
        }
      }
    }

    /** Eighteen bits, the version and its BCH code, in two 6×3 blocks (versions 7 and up). */
    private static void versionInformation(byte[][] m, int version) {
      int size = m.length;
      int bits = version << 12 | bch(version, VERSION_POLY);
      int index = 0;
      for (int i = 0; i < 6; i++) {
        for (int j = 0; j < 3; j++) {
          byte bit = (byte) (bits >>> index & 1);
          index++;
          m[size - 11 + j][i] = bit;
          m[i][size - 11 + j] = bit;
        }
      }
    }

    private static int bch(int value, int poly) {
      int polyBits = 32 - Integer.numberOfLeadingZeros(poly);
      int v = value << (polyBits - 1);
      while (32 - Integer.numberOfLeadingZeros(v) >= polyBits) {
        v ^= poly << (32 - Integer.numberOfLeadingZeros(v) - polyBits);
      }
      return v;
    }

    /** The empty modules in the zigzag order of placement: column pairs from the right. */
    private static Layout withDataPositions(byte[][] m) {
      int size = m.length;
      int[] xs = new int[size * size];
      int[] ys = new int[size * size];
      byte[] mask = new byte[size * size];
      int count = 0;
      int direction = -1;
      int y = size - 1;
      for (int x = size - 1; x > 0; x -= 2) {
        if (x == 6) {
          x--; // the vertical timing pattern's column
        }
        for (; y >= 0 && y < size; y += direction) {
          for (int xx = x; xx > x - 2; xx--) {
            if (m[y][xx] == EMPTY) {
              xs[count] = xx;
              ys[count] = y;
              mask[count] = (byte) (xx % 3 == 0 ? 1 : 0); // mask pattern 2
              count++;
            }
          }
        }
        direction = -direction;
        y += direction;
      }
      for (byte[] row : m) {
        for (int x = 0; x < size; x++) {
          if (row[x] == EMPTY) {
            row[x] = 0;
          }
        }
      }
      return new Layout(
          m, Arrays.copyOf(xs, count), Arrays.copyOf(ys, count), Arrays.copyOf(mask, count));
    }
  }
}
