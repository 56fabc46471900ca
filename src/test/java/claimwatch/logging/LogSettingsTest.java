package claimwatch.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** config/logback.xml drops Kafka's expected start-up warnings one by one, and nothing else of the same loggers. */
class LogSettingsTest {

    private static final String METADATA = "[Consumer clientId=claimwatch-1-StreamThread-1-consumer, groupId=claimwatch] "
            + "The metadata response from the cluster reported a recoverable issue with correlation id {} : {}";

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> shown = new ListAppender<>();

    @BeforeEach
    void configureFromTheSettingsFile() throws Exception {
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(ConfigFileConfigurator.FILE.toFile());
        shown.setContext(context);
        shown.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(shown);
    }

    @Test
    void dropsUnknownInternalTopicsAtStartUpButShowsAMissingInputTopic() {
        Logger network = context.getLogger("org.apache.kafka.clients.NetworkClient");
        network.warn(METADATA, 2, "{claimwatch-by-tracker-repartition=UNKNOWN_TOPIC_OR_PARTITION, "
                + "claimwatch-by-claim-repartition=UNKNOWN_TOPIC_OR_PARTITION}");
        network.warn(METADATA, 3, "{articles=UNKNOWN_TOPIC_OR_PARTITION, claimwatch-by-claim-repartition=UNKNOWN_TOPIC_OR_PARTITION}");
        network.warn("[Consumer clientId=c] Connection to node 1 (/127.0.0.1:9092) could not be established. Node may not be available.");

        assertEquals(List.of(
                "[Consumer clientId=claimwatch-1-StreamThread-1-consumer, groupId=claimwatch] The metadata response from the cluster "
                        + "reported a recoverable issue with correlation id 3 : {articles=UNKNOWN_TOPIC_OR_PARTITION, "
                        + "claimwatch-by-claim-repartition=UNKNOWN_TOPIC_OR_PARTITION}",
                "[Consumer clientId=c] Connection to node 1 (/127.0.0.1:9092) could not be established. Node may not be available."),
                messages());
    }

    @Test
    void dropsTheControllersActivationAndShowsItsOtherWarnings() {
        Logger controller = context.getLogger("org.apache.kafka.controller.QuorumController");
        controller.warn("[QuorumController id=1] Performing controller activation.");
        controller.warn("[QuorumController id=1] Performing controller activation. The metadata log appears to be empty.");
        controller.warn("[QuorumController id=1] Renouncing leadership");

        assertEquals(List.of("[QuorumController id=1] Renouncing leadership"), messages());
    }

    @Test
    void dropsRetriesOfATransactionStillCompletingAndTheRaceToCreateInternalTopicsButShowsOtherProduceErrors() {
        Logger sender = context.getLogger("org.apache.kafka.clients.producer.internals.Sender");
        String retrying = "[Producer clientId=p, transactionalId=t] Got error produce response with correlation id 33 on "
                + "topic-partition claims-0, retrying (2147483646 attempts left). Error: ";
        sender.warn(retrying + "CONCURRENT_TRANSACTIONS");
        sender.warn(retrying + "OUT_OF_ORDER_SEQUENCE_NUMBER");
        sender.warn(retrying + "NOT_ENOUGH_REPLICAS");
        Logger topics = context.getLogger("kafka.server.DefaultAutoTopicCreationManager");
        topics.warn("Auto topic creation failed for __consumer_offsets with error 'TOPIC_ALREADY_EXISTS': Topic '__consumer_offsets' already exists.");
        topics.warn("Auto topic creation failed for __consumer_offsets with error 'INVALID_REPLICATION_FACTOR': too few brokers");

        assertEquals(List.of(retrying + "NOT_ENOUGH_REPLICAS",
                "Auto topic creation failed for __consumer_offsets with error 'INVALID_REPLICATION_FACTOR': too few brokers"), messages());
    }

    /** The embedded broker no longer refuses batches out of sequence after a commit: one that does is news. */
    @Test
    void showsEveryAppendErrorOfTheBrokerOutOfSequenceOnesToo() {
        Logger replicas = context.getLogger("kafka.server.ReplicaManager");
        String append = "[ReplicaManager broker=1] Error processing append operation on partition x:claims-0";
        replicas.error(append, new org.apache.kafka.common.errors.OutOfOrderSequenceException("Invalid sequence number"));
        replicas.error(append, new org.apache.kafka.common.errors.CorruptRecordException("bad CRC"));

        assertEquals(List.of(append, append), messages());
    }

    @Test
    void showsClaimwatchAtInfoAndKafkaOnlyFromWarn() {
        context.getLogger("claimwatch.local.EmbeddedKafkaBroker").info("Kafka broker ready");
        context.getLogger("org.apache.kafka.streams.KafkaStreams").info("State transition from REBALANCING to RUNNING");
        context.getLogger("org.apache.kafka.streams.KafkaStreams").warn("something real");

        assertEquals(List.of("Kafka broker ready", "something real"), messages());
    }

    private List<String> messages() {
        return shown.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
