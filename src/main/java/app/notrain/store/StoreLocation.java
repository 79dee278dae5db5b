package app.notrain.store;

import java.io.File;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the progress store lives: {@code --store}, then {@code NOTRAIN_STORE}, then beside the program when a
 * {@value #PORTABLE_MARKER} file is there (portable mode, for a USB stick), then the OS convention.
 */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "NOTRAIN_STORE";
    public static final String FILE_NAME = "progress.json";
    /** A file of this name beside the launcher (or the jar) keeps the progress file in that folder. */
    public static final String PORTABLE_MARKER = "notrain.portable";
    /** Set by jpackage's launchers to the launcher's own path. */
    static final String LAUNCHER_PROPERTY = "jpackage.app-path";

    private StoreLocation() {
    }

    /**
     * Pure: everything it depends on is passed in, so each platform can be tested anywhere.
     * A blank override or variable counts as unset (an empty variable is how shells often "unset").
     *
     * @param cliOverride the {@code --store} value, or null
     * @param env         the environment, usually {@code System.getenv()}
     * @param osName      usually {@code System.getProperty("os.name")}
     * @param userHome    usually {@code Path.of(System.getProperty("user.home"))}
     */
    public static Path resolve(String cliOverride, Map<String, String> env, String osName, Path userHome) {
        return resolve(cliOverride, env, osName, userHome, null);
    }

    /**
     * As {@link #resolve(String, Map, String, Path)}, with portable mode: when {@code programFolder} holds a
     * {@value #PORTABLE_MARKER} file, the store is {@code programFolder/progress.json}. The only rule that
     * looks at the disk; the explicit choices ({@code --store}, the variable) still come first.
     *
     * @param programFolder the folder of the launcher or jar ({@link #programFolder()}), or null
     */
    public static Path resolve(String cliOverride, Map<String, String> env, String osName, Path userHome,
            Path programFolder) {
        FileSystem fs = userHome.getFileSystem();
        if (isSet(cliOverride)) {
            return fs.getPath(cliOverride);
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (isSet(fromEnv)) {
            return fs.getPath(fromEnv);
        }
        if (programFolder != null && Files.isRegularFile(programFolder.resolve(PORTABLE_MARKER))) {
            return programFolder.resolve(FILE_NAME);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = isSet(appData) ? fs.getPath(appData) : userHome.resolve("AppData").resolve("Roaming");
            return roaming.resolve("NoTrain").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("NoTrain").resolve(FILE_NAME);
        }
        return xdgDataHome(env, userHome).resolve("notrain").resolve(FILE_NAME);
    }

    /**
     * The folder the program was started from: the launcher's folder for an installed or packaged NoTrain
     * (jpackage sets {@value #LAUNCHER_PROPERTY}), else the folder of the jar run with {@code java -jar} (the
     * first class path entry, when it is a file); null when neither can be told (classes run from a folder).
     */
    public static Path programFolder() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return Path.of(launcher).toAbsolutePath().getParent();
        }
        // With java -jar the class path is the jar alone; a folder first (mvn javafx:run, tests) is no program.
        String classPath = System.getProperty("java.class.path", "");
        String first = classPath.split(Pattern.quote(File.pathSeparator), -1)[0];
        if (first.isBlank()) {
            return null;
        }
        try {
            Path jar = Path.of(first);
            return Files.isRegularFile(jar) ? jar.toAbsolutePath().getParent() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path xdgDataHome(Map<String, String> env, Path userHome) {
        String value = env.get("XDG_DATA_HOME");
        if (isSet(value)) {
            Path dataHome = userHome.getFileSystem().getPath(value);
            // The XDG spec says relative paths are invalid and must be ignored.
            if (dataHome.isAbsolute()) {
                return dataHome;
            }
        }
        return userHome.resolve(".local").resolve("share");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
