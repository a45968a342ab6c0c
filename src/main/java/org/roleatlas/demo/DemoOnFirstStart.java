package org.roleatlas.demo;

import org.roleatlas.questions.CommunityBulkLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo} (or {@code roleatlas.demo=true}): once the server is up, loads the small sample community
 * if the database has no questions yet, so a first start shows a living site; later starts leave the data alone.
 */
@Component
record DemoOnFirstStart(Environment environment, CommunityBulkLoad community, DemoCommunity demo) {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    @EventListener(ApplicationReadyEvent.class)
    void loadIfAskedAndEmpty() {
        boolean asked = environment.containsProperty("demo")
                || environment.getProperty("roleatlas.demo", Boolean.class, false);
        if (!asked || community.questionCount() > 0) {
            return;
        }
        DemoCommunity.Loaded loaded = demo.load(new DemoCommunity.Request(40, 42, false), line -> { });
        log.info("Loaded the sample community: {} members, {} questions", loaded.members(), loaded.questions());
    }
}
