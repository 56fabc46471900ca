package claimwatch.cli;

import claimwatch.config.ClaimwatchConfig;
import claimwatch.extract.Claim;
import claimwatch.extract.ClaimExtractor;
import claimwatch.ingest.ArticleParser;
import claimwatch.ingest.InvalidArticleException;
import claimwatch.ingest.Json;
import com.fasterxml.jackson.databind.ObjectWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Offline extraction: articles as JSON Lines on stdin, claims as JSON Lines on stdout. No Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles (JSON Lines, one per line) on standard input and write their claims",
                "(JSON Lines, the claim contract) on standard output. Uses no Kafka.",
                "A line that is not an article is reported on standard error, with its reason, and skipped."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (for claimwatch.article.max.bytes).")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        ArticleParser parser = new ArticleParser(ClaimwatchConfig.load(configFile).articleMaxBytes());
        ClaimExtractor extractor = ClaimExtractor.withDefaultVocabulary();
        ObjectWriter json = Json.MAPPER.writerFor(Claim.class);
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    for (Claim claim : extractor.extract(parser.parse(line.getBytes(StandardCharsets.UTF_8)))) {
                        out.write(json.writeValueAsString(claim));
                        out.write('\n');
                    }
                } catch (InvalidArticleException e) {
                    System.err.println("line " + lineNo + ": skipped, " + e.getMessage());
                }
            }
        }
        return 0;
    }
}
