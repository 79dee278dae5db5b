package app.notrain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.notrain.catalog.CatalogReader;
import app.notrain.catalog.LegalContacts;
import app.notrain.catalog.Region;
import app.notrain.i18n.Language;
import app.notrain.i18n.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The letters and the clock of docs/letters.md, on the real catalog and contacts, with fixed dates. */
class LettersTest {
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final String GROUNDS = "I am a photographer and my portfolio is my living.";
    private static final LegalContacts CONTACTS = LegalContacts.builtIn();

    private final ProgressBook book = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY,
            Clock.fixed(Instant.parse("2026-01-31T09:00:00Z"), ZoneOffset.UTC));
    private Account instagram;

    @BeforeEach
    void metaAccountInFrance() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        book.setSender(new Sender("Alice Martin", "12 rue des Lilas\n75011 Paris", "fr"));
        instagram = book.addAccount("instagram", "@alice", null, null);
    }

    private AccountProtection on(LocalDate day) {
        return Assessment.of(book, day, ZoneOffset.UTC).accounts().get(0);
    }

    private OpenAction actionOn(LocalDate day) {
        return Assessment.of(book, day, ZoneOffset.UTC).actions().get(0);
    }

    private LetterWriter.Draft write(LetterKind kind, Language language, LocalDate today) throws LetterException {
        return Letters.write(book, CONTACTS, instagram, kind, GROUNDS, language, today);
    }

    @Test
    void theObjectionNamesMetaPlatformsIrelandItsAddressTheAccountAndTheGroundsTyped() throws Exception {
        LetterWriter.Draft en = write(LetterKind.OBJECTION, Language.EN, JAN_31);
        LetterWriter.Draft fr = write(LetterKind.OBJECTION, Language.FR, JAN_31);

        assertThat(en.subject()).contains("Article 21(1) GDPR");
        assertThat(en.body()).contains("Meta Platforms Ireland Limited", "Merrion Road", "Dublin 4, D04 X2K5",
                "Instagram account: @alice", GROUNDS, "Alice Martin", "75011 Paris", "Article 17(1)(c)",
                "Article 12(3)", "2 March 2026");
        assertThat(fr.subject()).contains("article 21, paragraphe 1, du RGPD");
        assertThat(fr.body()).contains("Meta Platforms Ireland Limited", "Compte Instagram : @alice", GROUNDS,
                "2 mars 2026").doesNotContain("${");
    }

    @Test
    void anObjectionWithoutGroundsOfTheUsersOwnIsRefused() {
        String headingOnly = LetterWriter.heading(Messages.of(Language.EN), GroundKind.CHILDREN_PHOTOS);

        for (String grounds : new String[] {null, "", "   ", headingOnly, headingOnly + "yes"}) {
            assertThatThrownBy(() -> Letters.write(book, CONTACTS, instagram, LetterKind.OBJECTION, grounds,
                    Language.EN, JAN_31)).isInstanceOfSatisfying(LetterException.class,
                    e -> assertThat(e.problem()).isEqualTo(LetterException.Problem.GROUNDS_MISSING));
        }
        assertThat(LetterWriter.hasOwnGrounds(headingOnly + "my daughter appears in many of my posts", Language.EN))
                .isTrue();
    }

    @Test
    void aLetterNeedsWhoSignsIt() {
        ProgressBook anonymous = new ProgressBook(CatalogReader.builtIn(), ProgressData.EMPTY, Clock.systemUTC());
        anonymous.completeSetup(new Profile(Region.EU_EEA, true, UseKind.PERSONAL));
        Account a = anonymous.addAccount("facebook", "me", null, null);

        assertThatThrownBy(() -> Letters.write(anonymous, CONTACTS, a, LetterKind.OBJECTION, GROUNDS, Language.EN,
                JAN_31)).isInstanceOfSatisfying(LetterException.class,
                e -> assertThat(e.problem()).isEqualTo(LetterException.Problem.SENDER_MISSING));
        assertThatThrownBy(() -> anonymous.setSender(new Sender(" ", "somewhere", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sentTheClockRunsThenTheReminderThenTheComplaint() throws Exception {
        Letters.recordSent(book, instagram, write(LetterKind.OBJECTION, Language.EN, JAN_31), JAN_31, "web form",
                "case 42");

        AccountProtection waiting = on(LocalDate.of(2026, 2, 15));
        assertThat(waiting.protection()).isEqualTo(Protection.PENDING);
        assertThat(waiting.answerDue()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new ProtectionTexts(Messages.of(Language.EN)).standing(waiting, LocalDate.of(2026, 2, 15),
                ZoneOffset.UTC)).isEqualTo("Objection sent: answer due on 2 March 2026");
        assertThat(actionOn(LocalDate.of(2026, 3, 2)).urgency()).as("the due day itself is still in time")
                .isNotEqualTo(Urgency.ANSWER_OVERDUE);

        OpenAction overdue = actionOn(LocalDate.of(2026, 3, 3));
        assertThat(overdue.urgency()).isEqualTo(Urgency.ANSWER_OVERDUE);
        assertThat(overdue.letter()).isEqualTo(LetterKind.REMINDER);
        assertThat(overdue.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(overdue.why(new app.notrain.catalog.CatalogTexts(Messages.of(Language.EN))))
                .isEqualTo("No answer from Meta since 2 March 2026: send the reminder");

        LetterWriter.Draft reminder = write(LetterKind.REMINDER, Language.EN, LocalDate.of(2026, 3, 3));
        assertThat(reminder.body()).contains("On 31 January 2026", "ended on 2 March 2026", "case 42", GROUNDS);
        Letters.recordSent(book, instagram, reminder, LocalDate.of(2026, 3, 3), "e-mail", null);

        assertThat(actionOn(LocalDate.of(2026, 3, 16)).urgency()).isNotEqualTo(Urgency.COMPLAINT_DUE);
        OpenAction complain = actionOn(LocalDate.of(2026, 3, 17));
        assertThat(complain.urgency()).isEqualTo(Urgency.COMPLAINT_DUE);
        assertThat(complain.letter()).isEqualTo(LetterKind.COMPLAINT);

        LetterWriter.Draft complaint = write(LetterKind.COMPLAINT, Language.FR, LocalDate.of(2026, 3, 17));
        assertThat(complaint.body()).contains("CNIL", "3 Place de Fontenoy", "https://www.cnil.fr/fr/plaintes",
                "Data Protection Commission (Irlande)", "31 janvier 2026", "3 mars 2026", "Alice Martin");
        Letters.recordSent(book, instagram, complaint, LocalDate.of(2026, 3, 18), "cnil.fr", "PL-1");

        assertThat(on(LocalDate.of(2026, 4, 1)).letters().stage()).isEqualTo(LetterFollowUp.Stage.COMPLAINT_FILED);
        assertThat(Assessment.of(book, LocalDate.of(2026, 4, 1), ZoneOffset.UTC).actions())
                .noneMatch(a -> a.letter() != null);
    }

    @Test
    void withoutAReferenceTheEvidenceIsTheSentDate() throws Exception {
        Letters.recordSent(book, instagram, write(LetterKind.OBJECTION, Language.FR, JAN_31), JAN_31, null, null);

        assertThat(book.record(instagram.id(), "submit-objection").orElseThrow().evidence())
                .isEqualTo("Lettre d’opposition envoyée le 31 janvier 2026");
    }

    @Test
    void theSentDateIsInTheStepsEvidenceAndTheHistory() throws Exception {
        Letters.recordSent(book, instagram, write(LetterKind.OBJECTION, Language.EN, JAN_31), JAN_31, "web form",
                "case 42");

        StepRecord record = book.record(instagram.id(), "submit-objection").orElseThrow();
        assertThat(record.status()).isEqualTo(StepStatus.WAITING);
        assertThat(record.until()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(record.note()).isEqualTo("Objection letter sent on 31 January 2026 (web form)");
        assertThat(record.evidence()).isEqualTo("Objection letter sent on 31 January 2026 (web form) · case 42");
        assertThat(book.history(instagram.id()).get(0).after()).isEqualTo(record);
        assertThat(book.letters(instagram.id())).singleElement()
                .satisfies(l -> assertThat(l.text()).contains(GROUNDS));
    }

    @Test
    void anExtensionMovesTheDueDateAndARefusalLeadsToTheComplaint() throws Exception {
        Letters.recordSent(book, instagram, write(LetterKind.OBJECTION, Language.EN, JAN_31), JAN_31, null, null);
        book.recordExtension(instagram.id(), LocalDate.of(2026, 2, 20));

        assertThat(on(LocalDate.of(2026, 3, 20)).protection()).isEqualTo(Protection.PENDING);
        assertThat(on(LocalDate.of(2026, 3, 20)).answerDue()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(book.record(instagram.id(), "submit-objection").orElseThrow().until())
                .isEqualTo(LocalDate.of(2026, 4, 30));

        book.recordAnswer(instagram.id(), LocalDate.of(2026, 4, 2), LetterAnswer.REFUSED, "overriding grounds");
        AccountProtection refused = on(LocalDate.of(2026, 4, 3));
        assertThat(refused.protection()).isEqualTo(Protection.REFUSED_BY_PLATFORM);
        assertThat(Letters.suggested(refused)).isEqualTo(LetterKind.COMPLAINT);
        assertThat(actionOn(LocalDate.of(2026, 4, 3)).letter()).isEqualTo(LetterKind.COMPLAINT);
        assertThat(write(LetterKind.COMPLAINT, Language.EN, LocalDate.of(2026, 4, 3)).body())
                .contains("2 April 2026: Meta Platforms Ireland Limited refused my objection",
                        "extended the time limit by two months, to 30 April 2026");
    }

    @Test
    void anAcceptedObjectionProtectsTheAccount() throws Exception {
        Letters.recordSent(book, instagram, write(LetterKind.OBJECTION, Language.EN, JAN_31), JAN_31, null, null);
        book.recordAnswer(instagram.id(), LocalDate.of(2026, 2, 10), LetterAnswer.ACCEPTED, null);

        assertThat(on(LocalDate.of(2026, 2, 11)).protection().isProtected()).isTrue();
    }

    @Test
    void lettersAreOfferedWhereTheRefusalIsAFormOrAbsentOrRefusedAndOnlyUnderTheGdpr() {
        Account linkedin = book.addAccount("linkedin", "work", null, null);
        AccountProtection meta = on(JAN_31);
        AccountProtection toggle = Assessment.of(book, JAN_31, ZoneOffset.UTC).accounts().get(1);

        assertThat(Letters.offered(meta, book.profile(), CONTACTS)).isTrue();
        assertThat(Letters.offered(toggle, book.profile(), CONTACTS)).as("a switch is enough").isFalse();
        book.setStep(linkedin.id(), "turn-off-ai-training", StepStatus.REFUSED, null, null, null);
        assertThat(Letters.offered(Assessment.of(book, JAN_31, ZoneOffset.UTC).accounts().get(1), book.profile(),
                CONTACTS)).as("refused by the platform").isTrue();
        assertThat(Letters.offered(meta, new Profile(Region.OTHER, true, UseKind.PERSONAL), CONTACTS)).isFalse();
    }

    @Test
    void theWizardDoesNotForgetWhoSigns() {
        book.completeSetup(new Profile(Region.EU_EEA, true, UseKind.BUSINESS));

        assertThat(book.profile().sender().name()).isEqualTo("Alice Martin");
        assertThat(book.profile().sender().country()).isEqualTo("FR");
    }
}
