package cn.gongkai.domain.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 上网前筛查: finds what must not be published in a text — secrecy markings ("上网信息不涉密, 涉密信息不上网") and
 * personal data (身份证号, 手机号, 银行卡号) — before a person signs it off and again as a publishing gate.
 * Already masked values (138****1234) are not findings. Give it plain text (see {@code
 * BodySanitiser.plainText}): markings are recognised per line. Thread-safe.
 */
public final class Screener {

  private static final int CONTEXT = 10;

  /** Detectors in order of precedence: where two matches overlap, the earlier detector's wins. */
  private final List<Detector> detectors;

  public Screener() {
    this(Clock.systemDefaultZone());
  }

  /**
   * @param clock today's date, which bounds a plausible birth date
   */
  public Screener(Clock clock) {
    IdCardNumbers idCardNumbers = new IdCardNumbers(clock);
    this.detectors =
        List.of(
            new SecrecyMarkings(),
            idCardNumbers,
            new BankCardNumbers(idCardNumbers),
            new MobileNumbers());
  }

  /**
   * The findings in {@code text}, in the order they occur.
   *
   * @param location the caller's label for the text, repeated in each finding
   */
  public List<ScreeningFinding> screen(String text, String location) {
    Objects.requireNonNull(location, "location");
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    ScreeningText screened = new ScreeningText(text);
    List<Detection> detections = detect(screened);
    String masked = Masking.apply(text, detections);
    List<ScreeningFinding> findings = new ArrayList<>();
    for (Detection detection : detections) {
      findings.add(finding(screened, masked, detection, location));
    }
    return List.copyOf(findings);
  }

  /** Screens several texts, e.g. the body and each attachment, keyed by location. */
  public ScreeningReport screenAll(Map<String, String> textsByLocation) {
    List<ScreeningFinding> findings = new ArrayList<>();
    textsByLocation.forEach((location, text) -> findings.addAll(screen(text, location)));
    return new ScreeningReport(findings);
  }

  List<Detection> detect(ScreeningText text) {
    List<Detection> kept = new ArrayList<>();
    for (Detector detector : detectors) {
      List<Detection> found = new ArrayList<>(detector.detect(text.normalised()));
      found.sort(
          Comparator.comparingInt(Detection::start)
              .thenComparing(Comparator.comparingInt(Detection::end).reversed()));
      for (Detection detection : found) {
        if (kept.stream().noneMatch(detection::overlaps)) {
          kept.add(detection);
        }
      }
    }
    kept.sort(Comparator.comparingInt(Detection::start));
    return kept;
  }

  private static ScreeningFinding finding(
      ScreeningText text, String masked, Detection detection, String location) {
    String shown = masked.substring(detection.start(), detection.end());
    return new ScreeningFinding(
        detection.kind(),
        detection.severity(),
        location,
        detection.start(),
        detection.end() - detection.start(),
        excerpt(text, masked, detection),
        FindingMessages.of(detection, shown));
  }

  /** Up to ten characters either side, within the line, from the masked text. */
  private static String excerpt(ScreeningText text, String masked, Detection detection) {
    int from = Math.max(text.lineStart(detection.start()), detection.start() - CONTEXT);
    int to = Math.min(text.lineEnd(detection.end()), detection.end() + CONTEXT);
    return (from > text.lineStart(detection.start()) ? "…" : "")
        + masked.substring(from, to).strip()
        + (to < text.lineEnd(detection.end()) ? "…" : "");
  }
}
