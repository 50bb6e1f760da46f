package cn.gongkai.domain.model.guide;

import java.util.List;
import java.util.Optional;

/** Disclosure guides, every version kept. */
public interface GuideRepository {
  Optional<DisclosureGuide> current(long agencyId);

  List<DisclosureGuide> versions(long agencyId);

  DisclosureGuide add(DisclosureGuide guide);
}
