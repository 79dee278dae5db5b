package app.notrain.ui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Looks at the clock every little while and moves {@link AppState#dayProperty()} on when the date
 * changed, so that a window left open overnight shows the new day's checklist, dashboard and
 * export date. Polling rather than one timer set for midnight: a computer that slept through
 * midnight, or a clock or time zone that changed, is caught at the next look.
 */
public final class DayTicker {
    /** How often the window looks at the clock: a day change shows at most this late. */
    public static final Duration EVERY_MINUTE = Duration.minutes(1);

    private final Timeline timeline;

    /** Runs on the JavaFX thread, as the listeners of the day expect. */
    public DayTicker(AppState state, Duration interval) {
        timeline = new Timeline(new KeyFrame(interval, e -> state.checkDay()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
