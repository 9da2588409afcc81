package org.devplan.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The region a plan is for: its name as written, an optional administrative division code (370300 for 淄博市)
 * and its level. Immutable and thread-safe.
 *
 * <pre>{@code
 * Region zibo = new Region.Builder().name("淄博市").code("370300").level(Region.Level.PREFECTURE).build();
 * Region.of("淄博市").level();   // UNKNOWN
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Region implements WithRegion {
  Region() {}

  /** Administrative level. */
  public enum Level {
    /** The country (全国). */
    NATIONAL,
    /** A province, autonomous region or municipality (省, 自治区, 直辖市). */
    PROVINCE,
    /** A prefecture-level city (地级市, 州, 盟). */
    PREFECTURE,
    /** A county, county-level city or district (县, 县级市, 区). */
    COUNTY,
    /** Not known. */
    UNKNOWN
  }

  /** The name as written, e.g. 淄博市. */
  public abstract String name();

  /** The six-digit administrative division code (GB/T 2260), e.g. 370300. */
  public abstract Optional<String> code();

  /** The administrative level; {@link Level#UNKNOWN} unless set. */
  @Value.Default
  public Level level() {
    return Level.UNKNOWN;
  }

  /** A region known only by name. */
  public static Region of(String name) {
    return new Builder().name(name).build();
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "region: name must not be blank");
    code().ifPresent(c -> checkArgument(c.matches("[0-9]{6}"),
        "region %s: code \"%s\" must be six digits", name(), c));
  }

  /** Builds a {@link Region}. */
  public static class Builder extends ImmutableRegion.Builder {}
}
