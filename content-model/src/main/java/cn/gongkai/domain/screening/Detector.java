package cn.gongkai.domain.screening;

import java.util.List;

/** Finds one kind of finding in a {@linkplain ScreeningText#normalised() normalised} text. */
interface Detector {
  List<Detection> detect(String normalised);
}
