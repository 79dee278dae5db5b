package app.notrain.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until it is moved: the demo generator spreads its records over months
 * with it, and tests give their histories real dates. Never the wall clock.
 */
public final class MovingClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public MovingClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MovingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Sets the time from ISO text: {@code 2025-05-12T10:00:00Z}. */
    public void set(String instant) {
        set(Instant.parse(instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MovingClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
