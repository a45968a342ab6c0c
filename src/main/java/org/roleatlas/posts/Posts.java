package org.roleatlas.posts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Any post by kind and id, through the {@link PostFinder} of the module that owns it. */
@Component
public class Posts {

    private final ObjectProvider<PostFinder> finders;

    /** The finders are looked up when asked for: a module's finder may itself use this class. */
    Posts(ObjectProvider<PostFinder> finders) {
        this.finders = finders;
    }

    /** @throws NotFoundException unless the viewer may see the post and what it is shown under */
    public FoundPost find(PostRef post, Viewer viewer) {
        return finders.stream().filter(f -> f.kinds().contains(post.kind())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module finds " + post.kind().table() + "s."))
                .find(post, viewer);
    }
}
