package app.notrain.store;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the progress store lives: {@code --store}, then {@code NOTRAIN_STORE}, then the OS convention. */
public final class StoreLocation {

    public static final String ENVIRONMENT_VARIABLE = "NOTRAIN_STORE";
    public static final String FILE_NAME = "progress.json";

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
        FileSystem fs = userHome.getFileSystem();
        if (isSet(cliOverride)) {
            return fs.getPath(cliOverride);
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (isSet(fromEnv)) {
            return fs.getPath(fromEnv);
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
