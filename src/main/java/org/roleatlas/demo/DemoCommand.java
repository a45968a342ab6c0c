package org.roleatlas.demo;

import java.util.concurrent.Callable;

import org.roleatlas.system.CliCommand;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "demo", description = "Load a generated sample community: members, questions with role tags, "
        + "answers, comments, upvotes and polls. The same --seed gives the same community. Refuses a database that "
        + "already has questions unless --append is given.")
class DemoCommand implements CliCommand, Callable<Integer> {

    private final DemoCommunity demo;

    DemoCommand(DemoCommunity demo) {
        this.demo = demo;
    }

    @Option(names = "--questions", paramLabel = "N", defaultValue = "40",
            description = "how many questions (default ${DEFAULT-VALUE}; up to 200 makes a lively sample, more "
                    + "makes a benchmark data set with a long tail)")
    int questions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--append", description = "load even though the database already has questions")
    boolean append;

    @Override
    public Integer call() {
        DemoCommunity.Loaded loaded = demo.load(new DemoCommunity.Request(questions, seed, append),
                line -> System.err.println("demo: " + line));
        System.out.printf("Loaded %,d members, %,d questions, %,d answers, %,d comments, %,d upvotes and %,d polls "
                        + "(%,d ballots) in %.1f s%n", loaded.members(), loaded.questions(), loaded.answers(),
                loaded.comments(), loaded.upvotes(), loaded.polls(), loaded.ballots(), loaded.took().toMillis() / 1000.0);
        if (loaded.twentyAnswers() != null) {
            System.out.println("A question with 20 answers: /questions/" + loaded.twentyAnswers());
        }
        return 0;
    }
}
