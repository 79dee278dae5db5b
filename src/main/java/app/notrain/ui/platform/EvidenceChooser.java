package app.notrain.ui.platform;

import app.notrain.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which file to attach as evidence; tests give one that answers a file of their own. */
@FunctionalInterface
public interface EvidenceChooser {

    Optional<Path> choose(Window owner);

    /** The system's file chooser, offering e-mails, PDFs and pictures first, and any file. */
    static EvidenceChooser system(Messages m) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("evidence.chooserTitle"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(m.get("evidence.usualFiles"), "*.eml", "*.pdf", "*.png", "*.jpg",
                            "*.jpeg"),
                    new FileChooser.ExtensionFilter(m.get("evidence.anyFile"), "*"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
