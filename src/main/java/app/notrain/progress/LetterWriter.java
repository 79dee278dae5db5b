package app.notrain.progress;

import app.notrain.catalog.Authority;
import app.notrain.catalog.CatalogTexts;
import app.notrain.catalog.Controller;
import app.notrain.catalog.DateKind;
import app.notrain.catalog.KeyDate;
import app.notrain.catalog.Platform;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the three letters from the templates in {@code /app/notrain/letters/} (one per kind and
 * language, first line the subject, {@code ${name}} placeholders) and the facts: who signs, the
 * controller and its address, the account, the user's own grounds, the letters already sent.
 * Pure: the same request always gives the same text.
 */
public final class LetterWriter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
    /** Grounds need a sentence of the user's own, beyond the headings the window inserts. */
    static final int MIN_OWN_GROUND_LETTERS = 15;

    /** What the letter is about; {@code residence} is the authority a complaint goes to (null: unknown). */
    public record Request(LetterKind kind, Language language, Account account, Platform platform, Region region,
                          Controller controller, Authority lead, Authority residence, String othersUrl, Sender sender,
                          String grounds, List<Letter> sent, LocalDate formRefusedOn, LocalDate today) {
    }

    /** A written letter: {@code subject} and {@code body}; {@code text()} is what is copied and kept. */
    public record Draft(LetterKind kind, Language language, String subject, String body, String email) {
        public String text() {
            return subject + "\n\n" + body;
        }
    }

    private LetterWriter() {
    }

    public static Draft write(Request r) throws LetterException {
        if (r.sender() == null || !r.sender().complete()) {
            throw new LetterException(LetterException.Problem.SENDER_MISSING);
        }
        if (r.kind() == LetterKind.OBJECTION && !hasOwnGrounds(r.grounds(), r.language())) {
            throw new LetterException(LetterException.Problem.GROUNDS_MISSING);
        }
        Letter objection = latest(r.sent(), LetterKind.OBJECTION);
        if (r.kind() == LetterKind.REMINDER && objection == null) {
            throw new LetterException(LetterException.Problem.NO_OBJECTION_SENT);
        }
        if (r.kind() == LetterKind.COMPLAINT && objection == null && r.formRefusedOn() == null) {
            throw new LetterException(LetterException.Problem.NO_OBJECTION_SENT);
        }
        Messages m = Messages.of(r.language());
        CatalogTexts texts = new CatalogTexts(m);
        Controller c = r.controller();
        Map<String, String> values = new java.util.HashMap<>();
        values.put("name", r.sender().name().strip());
        values.put("sender", r.sender().name().strip() + "\n" + r.sender().postalAddress().strip());
        values.put("senderLine", oneLine(r.sender().postalAddress()));
        values.put("controllerName", c.legalName());
        values.put("controllerLine", c.addressLine());
        values.put("controller", c.legalName() + "\n" + String.join("\n", c.address()) + "\n"
                + m.get(c.contact().kind() == Controller.Contact.Kind.EMAIL ? "letter.contact.email"
                : "letter.contact.form", c.contact().value()));
        values.put("date", texts.date(r.today()));
        values.put("account", m.get("letter.account", r.platform().name(), r.account().label()));
        values.put("grounds", r.grounds() == null ? "" : r.grounds().strip());
        values.put("processing", processing(r, m, texts));
        values.put("due", texts.date(AnswerClock.due(r.today(), false)));
        if (objection != null) {
            values.put("objectionDate", texts.date(objection.sentOn()));
            values.put("objectionText", objection.text());
            values.put("reference", objection.reference() == null ? "" : m.get("letter.reference", objection.reference()));
            if (r.kind() != LetterKind.OBJECTION) {
                values.put("due", texts.date(objection.answerDue()));
            }
        }
        if (r.kind() == LetterKind.COMPLAINT) {
            complaint(r, objection, m, texts, values);
        }
        String[] template = template(r.kind(), r.language()).split("\n", 2);
        return new Draft(r.kind(), r.language(), fill(template[0], values), fill(template[1].strip(), values) + "\n",
                c.email());
    }

    /**
     * True when the grounds hold a sentence of the user's own: at least {@value #MIN_OWN_GROUND_LETTERS}
     * letters once the suggested headings are taken out. An empty or heading-only text is refused.
     */
    public static boolean hasOwnGrounds(String grounds, Language language) {
        if (grounds == null) {
            return false;
        }
        String own = grounds;
        for (Language l : Language.values()) {
            Messages m = Messages.of(l);
            for (GroundKind kind : GroundKind.values()) {
                own = own.replace(heading(m, kind), "");
            }
        }
        return own.codePoints().filter(Character::isLetter).count() >= MIN_OWN_GROUND_LETTERS;
    }

    /** The heading the window inserts for a kind of grounds, e.g. "Photos of my children: ". */
    public static String heading(Messages messages, GroundKind kind) {
        return messages.label(kind) + messages.get("letter.groundHeadingEnd");
    }

    private static void complaint(Request r, Letter objection, Messages m, CatalogTexts texts,
                                  Map<String, String> values) {
        Authority residence = r.residence();
        values.put("authority", residence == null ? m.get("letter.authority.others", r.othersUrl())
                : residence.name().in(r.language()) + "\n" + String.join("\n", residence.address()) + "\n"
                + m.get("letter.authority.online", residence.complaintUrl()));
        values.put("lead", r.lead() == null ? m.get("letter.lead.none") : r.lead().name().in(r.language()));
        List<String> timeline = new ArrayList<>();
        Letter reminder = objection == null ? null : r.sent().stream()
                .filter(l -> l.kind() == LetterKind.REMINDER && !l.sentOn().isBefore(objection.sentOn()))
                .reduce((a, b) -> b).orElse(null);
        if (objection != null) {
            timeline.add(m.get("letter.timeline.objection", texts.date(objection.sentOn()), r.controller().legalName(),
                    channel(objection, m)));
            if (objection.extendedOn() != null) {
                timeline.add(m.get("letter.timeline.extended", texts.date(objection.extendedOn()),
                        texts.date(objection.answerDue())));
            }
            if (objection.answer() == LetterAnswer.REFUSED) {
                timeline.add(m.get("letter.timeline.refused", texts.date(objection.answeredOn()),
                        r.controller().legalName()));
            } else if (r.today().isAfter(objection.answerDue())) {
                timeline.add(m.get("letter.timeline.due", texts.date(objection.answerDue())));
            }
            if (reminder != null) {
                timeline.add(m.get("letter.timeline.reminder", texts.date(reminder.sentOn()), channel(reminder, m)));
            }
            if (objection.answer() == null) {
                timeline.add(m.get("letter.timeline.noAnswer", texts.date(r.today())));
            }
        } else {
            timeline.add(m.get("letter.timeline.formRefused",
                    texts.date(r.formRefusedOn()),
                    r.controller().legalName()));
        }
        timeline.add(0, m.get("letter.timeline.account", values.get("account")));
        values.put("timeline", String.join("\n", timeline));
        values.put("objectionOn", objection == null ? "" : m.get("letter.on", texts.date(objection.sentOn())));
        values.put("reminderOn", reminder == null ? "" : m.get("letter.on", texts.date(reminder.sentOn())));
        values.put("answerDocument", objection != null && objection.answer() == LetterAnswer.REFUSED
                ? m.get("letter.answer.refused", texts.date(objection.answeredOn()))
                : objection == null ? m.get("letter.answer.formRefused")
                : m.get("letter.answer.none", texts.date(r.today())));
        values.put("objectionCopy", objection == null ? ""
                : "\n" + m.get("letter.copy", texts.date(objection.sentOn())) + "\n" + objection.text());
    }

    private static String channel(Letter letter, Messages m) {
        String how = letter.channel() == null || letter.channel().isBlank() ? m.get("letter.channel.unknown")
                : letter.channel().strip();
        return letter.reference() == null ? how : how + m.get("letter.reference", letter.reference());
    }

    /** The catalog's own words for the processing and its start, when it has them for the region. */
    private static String processing(Request r, Messages m, CatalogTexts texts) {
        return r.platform().dates().stream()
                .filter(d -> d.kind() == DateKind.TRAINING_START && d.appliesTo(r.region()) && d.label() != null)
                .findFirst()
                .map((KeyDate d) -> m.get("letter.processing", d.label().in(r.language()), texts.date(d.date())))
                .orElse("");
    }

    private static Letter latest(List<Letter> letters, LetterKind kind) {
        return letters.stream().filter(l -> l.kind() == kind).reduce((a, b) -> b).orElse(null);
    }

    private static String oneLine(String text) {
        return String.join(", ", text.strip().split("\\s*\\R\\s*"));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("letter template placeholder without a value: " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String template(LetterKind kind, Language language) {
        String name = "/app/notrain/letters/" + kind.name() + "_" + language.name().toLowerCase(Locale.ROOT) + ".txt";
        try (InputStream in = LetterWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("letter template missing from the application: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
