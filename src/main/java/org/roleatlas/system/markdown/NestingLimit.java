package org.roleatlas.system.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

import org.commonmark.node.Node;

/**
 * Keeps the parsed tree shallow. Renderers walk the tree recursively, so a text of 50,000 '>' characters (as
 * many nested quotes) would overflow the stack; nodes below {@link #MAX_DEPTH} are unwrapped — their children
 * take their place — which keeps every word of the text and only loses the extra nesting.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 32;

    private NestingLimit() {
    }

    /** Iterative on purpose: this is the one walk that must not itself recurse. */
    static void flatten(Node document) {
        Deque<Node> parents = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        parents.push(document);
        depths.push(0);
        while (!parents.isEmpty()) {
            Node parent = parents.pop();
            int childDepth = depths.pop() + 1;
            Node child = parent.getFirstChild();
            while (child != null) {
                if (childDepth > MAX_DEPTH && child.getFirstChild() != null) {
                    Node firstGrandchild = child.getFirstChild();
                    UserContentRules.moveChildrenBefore(child);
                    child.unlink();
                    child = firstGrandchild; // the moved children are now siblings, checked in turn
                } else {
                    parents.push(child);
                    depths.push(childDepth);
                    child = child.getNext();
                }
            }
        }
    }
}
