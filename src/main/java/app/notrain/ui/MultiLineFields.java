package app.notrain.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A JavaFX text area types a tab character on Tab, which traps keyboard users in it (only
 * Ctrl+Tab leaves). Where a tab character means nothing (a list of names), Tab and Shift+Tab
 * move the focus on, as in every other field.
 */
public final class MultiLineFields {
    private MultiLineFields() {
    }

    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                neighbour(area, e.isShiftDown() ? -1 : 1).ifPresent(Node::requestFocus);
            }
        });
    }

    /** The control before or after {@code node} in the scene's Tab order (depth first), wrapping round. */
    static java.util.Optional<Node> neighbour(Node node, int direction) {
        if (node.getScene() == null) {
            return java.util.Optional.empty();
        }
        List<Node> order = new ArrayList<>();
        collect(node.getScene().getRoot(), node, order);
        int at = order.indexOf(node);
        if (at < 0 || order.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(order.get(Math.floorMod(at + direction, order.size())));
    }

    private static void collect(Node node, Node self, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node == self || node.isFocusTraversable()) {
            order.add(node);
        }
        if (node == self || node instanceof javafx.scene.control.Control && node.isFocusTraversable()) {
            return;         // a control's own parts (the area's scroll bars) are not stops of their own
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, self, order);
            }
        }
    }
}
