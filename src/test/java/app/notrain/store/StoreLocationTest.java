package app.notrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void storeOptionWinsOverEnvironmentAndOsDefault() {
        Path resolved = StoreLocation.resolve("/tmp/mine.json",
                Map.of("NOTRAIN_STORE", "/tmp/env.json", "XDG_DATA_HOME", "/xdg"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/tmp/mine.json"));
    }

    @Test
    void environmentVariableWinsOverOsDefault() {
        Path resolved = StoreLocation.resolve(null,
                Map.of("NOTRAIN_STORE", "/tmp/env.json", "APPDATA", "C:\\Users\\ada\\AppData\\Roaming"),
                "Windows 11", HOME);

        assertThat(resolved).isEqualTo(Path.of("/tmp/env.json"));
    }

    @Test
    void blankOverridesCountAsUnset() {
        Path resolved = StoreLocation.resolve("  ", Map.of("NOTRAIN_STORE", ""), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/notrain/progress.json"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Path resolved = StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/ada"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/ada/notrain/progress.json"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnset() {
        Path resolved = StoreLocation.resolve(null, Map.of(), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/notrain/progress.json"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHome() {
        Path resolved = StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/notrain/progress.json"));
    }

    @Test
    void otherUnixLikeSystemsFollowXdgToo() {
        Path resolved = StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "FreeBSD", HOME);

        assertThat(resolved).isEqualTo(Path.of("/xdg/notrain/progress.json"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";

        Path resolved = StoreLocation.resolve(null, Map.of("APPDATA", appData), "Windows 10", HOME);

        assertThat(resolved).isEqualTo(Path.of(appData, "NoTrain", "progress.json"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheProfile() {
        Path resolved = StoreLocation.resolve(null, Map.of(), "Windows 10", HOME);

        assertThat(resolved).isEqualTo(HOME.resolve("AppData/Roaming/NoTrain/progress.json"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path resolved = StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/Library/Application Support/NoTrain/progress.json"));
    }

    @Test
    void portableMarkerBesideTheProgramKeepsTheStoreThere(@TempDir Path usbStick) throws IOException {
        Files.createFile(usbStick.resolve("notrain.portable"));

        Path resolved = StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME, usbStick);

        assertThat(resolved).isEqualTo(usbStick.resolve("progress.json"));
    }

    @Test
    void withoutTheMarkerTheProgramFolderIsNotUsed(@TempDir Path programFolder) {
        Path resolved = StoreLocation.resolve(null, Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"),
                "Windows 11", HOME, programFolder);

        assertThat(resolved).isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming", "NoTrain", "progress.json"));
    }

    @Test
    void aFolderNamedLikeTheMarkerDoesNotCount(@TempDir Path programFolder) throws IOException {
        Files.createDirectory(programFolder.resolve("notrain.portable"));

        Path resolved = StoreLocation.resolve(null, Map.of(), "Linux", HOME, programFolder);

        assertThat(resolved).isEqualTo(Path.of("/home/ada/.local/share/notrain/progress.json"));
    }

    @Test
    void storeOptionAndVariableStillWinInPortableMode(@TempDir Path usbStick) throws IOException {
        Files.createFile(usbStick.resolve("notrain.portable"));

        assertThat(StoreLocation.resolve("/tmp/mine.json", Map.of(), "Linux", HOME, usbStick))
                .isEqualTo(Path.of("/tmp/mine.json"));
        assertThat(StoreLocation.resolve(null, Map.of("NOTRAIN_STORE", "/tmp/env.json"), "Linux", HOME, usbStick))
                .isEqualTo(Path.of("/tmp/env.json"));
    }

    @Test
    void theProgramFolderOfAPackagedLauncherIsTheLaunchersFolder() {
        String before = System.getProperty("jpackage.app-path");
        try {
            System.setProperty("jpackage.app-path", "/media/usb/NoTrain/bin/NoTrain");
            assertThat(StoreLocation.programFolder()).isEqualTo(Path.of("/media/usb/NoTrain/bin"));
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", before);
            }
        }
    }
}
