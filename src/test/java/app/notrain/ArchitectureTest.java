package app.notrain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md, enforced: a crossing fails the build. */
@AnalyzeClasses(packages = "app.notrain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses()
            .that().resideInAnyPackage("app.notrain.catalog..", "app.notrain.progress..", "app.notrain.store..",
                    "app.notrain.report..", "app.notrain.i18n..", "app.notrain.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule uiIsReachedOnlyByTheEntryPoint = noClasses()
            .that().resideOutsideOfPackages("app.notrain.ui..")
            .and().doNotHaveFullyQualifiedName("app.notrain.Main")
            .should().dependOnClassesThat().resideInAPackage("app.notrain.ui..");

    @ArchTest
    static final ArchRule catalogDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage("app.notrain.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("app.notrain.progress..", "app.notrain.store..",
                    "app.notrain.report..", "app.notrain.cli..");

    @ArchTest
    static final ArchRule progressDoesNotKnowHowItIsSavedOrShown = noClasses()
            .that().resideInAPackage("app.notrain.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("app.notrain.store..", "app.notrain.report..",
                    "app.notrain.cli..", "app.notrain.ui..");

    @ArchTest
    static final ArchRule coreTimeComesFromAnInjectedClock = noClasses()
            .that().resideInAnyPackage("app.notrain.catalog..", "app.notrain.progress..", "app.notrain.store..",
                    "app.notrain.report..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("all domain time comes from an injected Clock, so tests and reports can fix the date");

    @ArchTest
    static final ArchRule nothingOpensNetworkConnections = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .because("NoTrain is offline: links are handed to the system browser, nothing else leaves the machine");
}
