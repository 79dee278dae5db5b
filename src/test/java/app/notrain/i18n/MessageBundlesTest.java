package app.notrain.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.notrain.catalog.Device;
import app.notrain.catalog.Difficulty;
import app.notrain.catalog.OptOutKind;
import app.notrain.catalog.Region;
import app.notrain.catalog.StepRole;
import app.notrain.catalog.WaitKind;
import app.notrain.progress.GroundKind;
import app.notrain.progress.LetterAnswer;
import app.notrain.progress.LetterException;
import app.notrain.progress.LetterKind;
import app.notrain.progress.NotApplicableReason;
import app.notrain.progress.Protection;
import app.notrain.progress.Situation;
import app.notrain.progress.StepStatus;
import app.notrain.progress.Urgency;
import app.notrain.progress.UseKind;
import app.notrain.report.ReportFormats;
import app.notrain.ui.Section;
import app.notrain.ui.StoreProblem;
import app.notrain.ui.Theme;
import app.notrain.ui.wizard.WizardPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundles and the code agree: no key missing, none unused, none left untranslated. */
class MessageBundlesTest {
    /** Enums whose constants are shown to users through {@link Messages#label(Enum)}. */
    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(
            Language.class, Theme.class, Section.class, OptOutKind.class, Difficulty.class, Region.class, Device.class,
            StepStatus.class, Situation.class, NotApplicableReason.class, UseKind.class, Urgency.class,
            Protection.class, StepRole.class, app.notrain.catalog.PathStatus.class,
            app.notrain.catalog.PlatformGroup.class, app.notrain.catalog.RegulatoryStatus.class,
            app.notrain.catalog.GuideChangeKind.class, app.notrain.ui.TextSize.class, LetterKind.class,
            GroundKind.class, LetterAnswer.class, app.notrain.progress.EvidenceState.class);
    /** Keys built from a literal prefix and an enum constant or a fixed set of suffixes. */
    private static final List<String> DYNAMIC_KEYS = dynamicKeys();
    /** Values that are the same in both languages on purpose. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "enum.Language.EN", "enum.Language.FR", "enum.Device.WEB", "enum.Device.IOS", "enum.Device.ANDROID",
            "enum.Difficulty.IMPOSSIBLE", "platform.sources", "fact.sources", "report.ui.format",
            "report.ui.format.MD", "dashboard.otherStep", "dashboard.owned", "dashboard.rowText",
            "notice.item", "cli.catalog.regulatoryItem", "report.cover.exported", "report.cover.guidesUndated",
            "settings.cover.organisation");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
    /** Keys picocli looks up by its own naming convention. */
    private static final Set<String> PICOCLI_KEYS = Set.of("mixinStandardHelpOptions.help",
            "mixinStandardHelpOptions.version");

    private static Properties english;
    private static Properties french;
    private static Set<String> literals;

    @BeforeAll
    static void load() throws IOException {
        english = load("messages.properties");
        french = load("messages_fr.properties");
        literals = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        Set<String> namespaces = new TreeSet<>();
        english.stringPropertyNames().forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        for (String literal : literals) {
            boolean looksLikeKey = namespaces.contains(literal.substring(0, literal.indexOf('.')))
                    && !literal.startsWith("app.notrain.");
            if (looksLikeKey && !literal.endsWith(".") && !english.containsKey(literal)) {
                missing.add(literal);
            }
        }
        for (String key : DYNAMIC_KEYS) {
            if (!english.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        List<String> unused = english.stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && !DYNAMIC_KEYS.contains(key) && !PICOCLI_KEYS.contains(key))
                .sorted().toList();

        assertThat(unused).isEmpty();
    }

    @Test
    void everyFrenchValueIsTranslated() {
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .filter(key -> english.getProperty(key).equals(french.getProperty(key)))
                .sorted().toList();

        assertThat(untranslated).isEmpty();
    }

    @Test
    void noValueHasAnAsciiApostropheThatMessageFormatWouldSwallow() {
        for (Properties bundle : List.of(english, french)) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() {
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String key : english.stringPropertyNames()) {
            assertThat(indexes(placeholder, french.getProperty(key))).as(key)
                    .isEqualTo(indexes(placeholder, english.getProperty(key)));
        }
    }

    private static Set<String> indexes(Pattern pattern, String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> dynamicKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(Messages.enumKey(constant));
            }
        }
        for (OptOutKind kind : OptOutKind.values()) {
            keys.add("platform.openLink." + kind.name());
        }
        for (WaitKind kind : WaitKind.values()) {
            keys.add("platform.wait." + kind.name());
        }
        for (StoreProblem.Kind kind : StoreProblem.Kind.values()) {
            keys.add("store.title." + kind.name());
            keys.add("store.detail." + kind.name());
        }
        for (ReportFormats format : ReportFormats.values()) {
            keys.add("report.ui.format." + format.name());
        }
        // Only these have a date: the training start, the refusal, the end of the wait, the re-check.
        for (Urgency urgency : List.of(Urgency.EXPOSED, Urgency.UPCOMING, Urgency.REFUSED, Urgency.WAIT_OVER,
                Urgency.RECHECK_DUE, Urgency.ANSWER_OVERDUE, Urgency.COMPLAINT_DUE)) {
            keys.add("urgency.dated." + urgency.name());
        }
        for (Protection protection : Protection.values()) {
            if (protection != Protection.PROTECTED) {       // protected accounts are the headline itself
                keys.add("protection.count." + protection.name());
            }
        }
        keys.add("protection.standing." + Protection.PROTECTED.name());
        keys.add("protection.standing." + Protection.RECHECK_DUE.name());
        for (app.notrain.report.TeamImport.Problem problem : app.notrain.report.TeamImport.Problem.values()) {
            keys.add("team.refused." + problem.name());
        }
        for (app.notrain.report.TeamImport.Outcome outcome : app.notrain.report.TeamImport.Outcome.values()) {
            keys.add("team.outcome." + outcome.name());
        }
        for (LetterException.Problem problem : LetterException.Problem.values()) {
            keys.add("letter.problem." + problem.name());
        }
        for (LetterKind kind : LetterKind.values()) {
            keys.add("letter.note." + kind.name());
            keys.add("letter.noteBy." + kind.name());
        }
        for (WizardPage page : WizardPage.values()) {
            keys.add("wizard.title." + page.name());
            keys.add("wizard.intro." + page.name());
        }
        for (String phase : List.of("ahead", "today", "passed")) {
            keys.add("date.training." + phase);
            keys.add("date.trainingNoRefusal." + phase);
        }
        for (String command : List.of("notrain", "catalog")) {
            keys.add("cli." + command + ".description");
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
