package org.roleatlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A contract test of what members write (questions, answers, comments, votes, polls, flags, articles): the whole
 * application with MockMvc, a database of its own, and rate limits so high that only a test about limits meets
 * them. Settings of its own go in {@code @TestPropertySource(properties = ...)}; the profile in the H2 and
 * PostgreSQL subclasses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {"roleatlas.rate-limits.post=100000/1m", "roleatlas.rate-limits.vote=100000/1m",
        "roleatlas.rate-limits.flag=100000/1m"})
@AutoConfigureMockMvc
@OwnDatabase
public @interface CommunityContract {
}
