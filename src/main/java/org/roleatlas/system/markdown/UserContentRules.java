package org.roleatlas.system.markdown;

import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Adjusts a parsed member text to the page it is shown in: headings move one level down, so that `#` gives an
 * h2 and the page keeps its only h1. An image with an absolute http(s) address stays an image (the sanitiser
 * adds {@code loading="lazy"} and {@code referrerpolicy="no-referrer"}), also inside a link, so
 * {@code [![alt](img)](url)} is an image that links; any other image becomes a link to its target, or its plain
 * alt text where it already sits inside a link (a link in a link is not HTML).
 */
final class UserContentRules extends AbstractVisitor {

    private UserContentRules() {
    }

    static void apply(Node document) {
        document.accept(new UserContentRules());
    }

    @Override
    public void visit(Heading heading) {
        heading.setLevel(Math.min(heading.getLevel() + 1, 6));
        visitChildren(heading);
    }

    private static final Pattern WEB_IMAGE = Pattern.compile("(?i)https?://[^\\s]+");

    @Override
    public void visit(Image image) {
        visitChildren(image); // an image's alt text may itself hold images
        if (WEB_IMAGE.matcher(image.getDestination()).matches()) {
            return;
        }
        if (insideLink(image)) {
            moveChildrenBefore(image);
            image.unlink();
            return;
        }
        Link link = new Link(image.getDestination(), image.getTitle());
        Node child = image.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.appendChild(child);
            child = next;
        }
        if (link.getFirstChild() == null) {
            link.appendChild(new Text(image.getDestination()));
        }
        image.insertBefore(link);
        image.unlink();
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }

    /** Moves the node's children out, in order, to stand before it; the node itself stays, empty. */
    static void moveChildrenBefore(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
    }
}
