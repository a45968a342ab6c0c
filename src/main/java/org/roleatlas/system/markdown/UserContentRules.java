package org.roleatlas.system.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Adjusts a parsed member text to the page it is shown in: headings move one level down, so that `#` gives an
 * h2 and the page keeps its only h1; images become links to the image, since pages load images from this site
 * only (and a third-party image would tell its host who reads the post).
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

    @Override
    public void visit(Image image) {
        visitChildren(image); // an image's alt text may itself hold images
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
}
