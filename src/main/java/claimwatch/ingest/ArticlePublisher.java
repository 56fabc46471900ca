package claimwatch.ingest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends article files to the {@code articles} topic: key = article id, record timestamp =
 * publication time where known (else the producer's clock, as for any live feed). The producer
 * is idempotent with {@code acks=all}, so its own retries never write an article twice.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /**
     * What a publish run did: records acknowledged by the cluster, of which {@code invalid} the
     * topology will dead-letter; records the cluster refused; files that could not be read.
     */
    public record Report(long sent, long invalid, long failed, List<String> unreadable) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final ArticleFiles files;

    public ArticlePublisher(Properties clientConfig, String topic, ArticleFiles files) {
        Properties props = new Properties();
        props.putAll(clientConfig);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.files = files;
    }

    public Report publish(List<Path> paths) throws IOException {
        AtomicLong sent = new AtomicLong();
        AtomicLong invalid = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> unreadable = new java.util.ArrayList<>();
        for (Path file : ArticleFiles.expand(paths)) {
            try {
                files.read(file, entry -> {
                    if (entry.problem() != null) {
                        invalid.incrementAndGet();
                        log.warn("{}: sending a record the topology will dead-letter: {}", file, entry.problem());
                    }
                    Long timestamp = entry.publishedAt() == null ? null : entry.publishedAt().toEpochMilli();
                    producer.send(new ProducerRecord<>(topic, null, timestamp, entry.key(), entry.value()), (meta, e) -> {
                        if (e == null) {
                            sent.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            log.error("{}: could not send a record: {}", file, e.toString());
                        }
                    });
                });
            } catch (IOException | RuntimeException e) {
                log.error("{}: cannot read it, skipped: {}", file, why(e));
                unreadable.add(file + ": " + why(e));
            }
        }
        producer.flush();
        return new Report(sent.get(), invalid.get(), failed.get(), List.copyOf(unreadable));
    }

    /** The reason a file could not be read, in words: Java's own messages are a bare path or "Input length = 1". */
    static String why(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        producer.close();
    }
}
