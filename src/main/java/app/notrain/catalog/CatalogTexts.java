package app.notrain.catalog;

import app.notrain.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** Catalog facts put into words, one way for the window and the command line. */
public final class CatalogTexts {
    /** The breadcrumb separator, the same in both languages. */
    public static final String PATH_SEPARATOR = " › ";

    private final Messages messages;

    public CatalogTexts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public String text(Text text) {
        return text.in(messages.language());
    }

    public String path(Breadcrumb path) {
        return String.join(PATH_SEPARATOR, path.in(messages.language()));
    }

    public String date(FactDate date) {
        if (date.monthOnly()) {
            return messages.get("date.aroundMonth", DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale())
                    .format(date.day()));
        }
        return date(date.day());
    }

    /** The date as it reads inside a sentence: "on 27 May 2025", "around September 2024". */
    public String when(FactDate date) {
        return date.monthOnly() ? date(date) : messages.get("date.onDay", date(date.day()));
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).format(date);
    }

    public String regions(List<Region> regions) {
        if (regions.isEmpty()) {
            return messages.get("region.everywhere");
        }
        return regions.stream().map(messages::label).collect(Collectors.joining(", "));
    }

    /** What {@code keyDate} means on {@code today}, for a platform whose refusal is {@code kind}. */
    public String outlook(KeyDate keyDate, OptOutKind kind, LocalDate today) {
        DateOutlook outlook = DateOutlook.of(keyDate.date(), today);
        String when = when(keyDate.date());
        if (keyDate.kind() != DateKind.TRAINING_START) {
            return switch (outlook.phase()) {
                case AHEAD -> messages.get("date.inDays", outlook.days());
                case TODAY -> messages.get("date.today");
                case PASSED -> messages.get("date.daysAgo", outlook.days());
            };
        }
        boolean refusable = kind != OptOutKind.MITIGATIONS_ONLY && kind != OptOutKind.NOT_NEEDED;
        String prefix = refusable ? "date.training." : "date.trainingNoRefusal.";
        return switch (outlook.phase()) {
            case AHEAD -> messages.get(prefix + "ahead", outlook.days(), when);
            case TODAY -> messages.get(prefix + "today", when);
            case PASSED -> messages.get(prefix + "passed", when);
        };
    }

    public String effort(Platform platform) {
        return messages.get("platform.effort", messages.label(platform.difficulty()), platform.minutes());
    }

    public String source(Source source) {
        return source.published() == null
                ? messages.get("platform.sourceUndated", source.publisher(), source.title())
                : messages.get("platform.sourceDated", source.publisher(), source.title(), source.published());
    }
}
