package app.notrain.progress;

import app.notrain.catalog.Catalog;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.catalog.Step;
import app.notrain.catalog.StepRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic progress file to try the app with, or to test and measure it at scale: accounts
 * over the common platforms and several owners, Meta accounts grouped by Accounts Centre, and
 * steps in every state, recorded over the months before {@code end}. The same seed always gives
 * the same file.
 */
public final class DemoProgress {
    private static final String[] PLATFORMS = {"linkedin", "instagram", "facebook", "x", "tiktok", "threads",
            "snapchat", "youtube", "pinterest", "reddit", "whatsapp", "bluesky"};
    private static final String[] FIRST = {"Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo",
            "Inès", "Jules", "Karima", "Louis", "Maëlle", "Nathan", "Océane", "Paul", "Quentin", "Rose", "Samir",
            "Théo"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau"};

    private DemoProgress() {
    }

    /**
     * {@code accounts} accounts shared among {@code owners} people (one person: no owner names, a
     * personal profile), their steps recorded over the 240 days before {@code end}.
     */
    public static ProgressData generate(Catalog catalog, int accounts, int owners, long seed, Instant end) {
        if (accounts < 0 || owners < 1) {
            throw new IllegalArgumentException("accounts must be 0 or more and owners 1 or more");
        }
        Random random = new Random(seed);
        MovingClock clock = new MovingClock(end.minus(Duration.ofDays(240)));
        ProgressBook book = new ProgressBook(catalog, ProgressData.EMPTY, clock);
        boolean business = owners > 1;
        book.completeSetup(new Profile(Region.EU_EEA, true, business ? UseKind.BUSINESS : UseKind.PERSONAL));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < owners; i++) {
            names.add(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length]
                    + (i >= FIRST.length * LAST.length ? " " + (i + 1) : ""));
        }
        // One step per account and a quarter step per record (about two each): the dates run from 240
        // days before the end to a few days before it, so some refusals are due for a re-check, not all.
        long step = Duration.ofDays(150).toMillis() / Math.max(1, accounts);
        for (int i = 0; i < accounts; i++) {
            String owner = names.get(i % owners);
            String platformId = PLATFORMS[(i / owners + random.nextInt(3)) % PLATFORMS.length];
            if (catalog.platform(platformId).isEmpty()) {
                platformId = catalog.platforms().get(0).id();
            }
            Platform platform = catalog.platform(platformId).orElseThrow();
            String handle = handle(owner, i);
            // Most people link their Meta accounts in one Accounts Centre, named after them.
            String group = platform.accountsCenter() != null && random.nextInt(10) < 7 ? owner : null;
            Account account = book.addAccount(platformId, handle, business ? owner : null, group);
            clock.advance(Duration.ofMillis(step));
            record(book, account, platform, random, clock, step);
        }
        clock.set(end);
        return book.snapshot();
    }

    /** One of: untouched, prepared, refused and proven, waiting, turned down, marked not applicable. */
    private static void record(ProgressBook book, Account account, Platform platform, Random random,
                               MovingClock clock, long step) {
        int kind = random.nextInt(100);
        if (kind < 25) {
            return;
        }
        for (Step s : platform.steps()) {
            if (!s.appliesTo(book.profile().region())
                    || book.record(account.id(), s.id()).isPresent()) {      // a linked account's was recorded
                continue;
            }
            StepStatus status;
            String note = null;
            String evidence = null;
            if (s.role() == StepRole.PREPARE) {
                status = StepStatus.DONE;
            } else if (s.role() == StepRole.REFUSE && !s.optional()) {
                if (kind < 35) {
                    break;                                                   // prepared only: still exposed
                }
                status = kind < 50 && s.waitFor() != null ? StepStatus.WAITING
                        : kind < 55 && s.waitFor() != null ? StepStatus.REFUSED
                        : kind < 58 ? StepStatus.NOT_APPLICABLE : StepStatus.DONE;
                note = switch (status) {
                    case REFUSED -> "Answer received: the request was declined";
                    case NOT_APPLICABLE -> "Account only used for reading";
                    default -> null;
                };
                evidence = status == StepStatus.DONE ? "Screenshot " + account.id() + ".png" : null;
            } else if (s.role() == StepRole.PROVE) {
                if (kind < 75) {
                    continue;
                }
                status = StepStatus.DONE;
                evidence = "Confirmation e-mail of " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            } else {
                if (kind < 85) {
                    continue;
                }
                status = StepStatus.DONE;
            }
            book.setStep(account.id(), s.id(), status, note, evidence, null);
            clock.advance(Duration.ofMillis(step / 4));
        }
    }

    private static String handle(String owner, int i) {
        String ascii = java.text.Normalizer.normalize(owner, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toLowerCase(java.util.Locale.ROOT).replace(' ', '.').replaceAll("[^a-z0-9.]", "");
        return "@" + base + (i < 1 ? "" : "." + i);
    }
}
