package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.ingest.ArticleFiles;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.ArticlePublisher;
import claimwatch.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Sends article files to the articles topic of any cluster. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Send articles to the articles topic: .jsonl files (one contract article a line),",
                ".txt files (one article each, as saved from a page) and directories of them.",
                "Key = article id; timestamp = publication time where known. Idempotent producer."})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        ClaimwatchConfig config = options.load();
        ArticleFiles files = new ArticleFiles(new ArticleParser(config.articleMaxBytes()));
        try (ArticlePublisher publisher = new ArticlePublisher(config.clientProperties(), Topics.from(config).articles(), files)) {
            ArticlePublisher.Report report = publisher.publish(paths);
            System.err.printf("published %d records to %s (%d will be dead-lettered), %d send failures%n",
                    report.sent(), Topics.from(config).articles(), report.invalid(), report.failed());
            report.unreadable().forEach(problem -> System.err.println("not published: " + problem));
            return report.unreadable().isEmpty() && report.failed() == 0 ? 0 : 1;
        }
    }
}
