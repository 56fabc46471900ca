package claimwatch.config;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connection security set the standard Kafka way in the settings file (SASL_SSL with SCRAM, or
 * mTLS) reaches every client claimwatch makes: Kafka Streams' own producer, consumers and admin,
 * and the plain producer ({@code publish}), consumers ({@code serve}, {@code local}) and admin
 * (topic creation) built from {@link ClaimwatchConfig#clientProperties()}. Secrets read through a
 * config provider are resolved by each client, and Kafka prints them as {@code [hidden]}.
 */
class ClientSecuritySettingsTest {

    private static final String SECRET = "s3cr3t-scram-password";

    @TempDir
    Path dir;

    private ClaimwatchConfig secured() throws IOException {
        Path secrets = Files.writeString(dir.resolve("secrets.properties"), "password=" + SECRET + "\n");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("application.id", "claimwatch");
        settings.put("bootstrap.servers", "broker1:9093");
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", "SCRAM-SHA-512");
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"claimwatch\" password=\"${file:" + secrets + ":password}\";");
        settings.put("config.providers", "file");
        settings.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        settings.put("ssl.truststore.location", "/etc/claimwatch/truststore.jks");
        settings.put("ssl.truststore.password", "${file:" + secrets + ":password}");
        settings.put("ssl.keystore.location", "/etc/claimwatch/keystore.jks");
        settings.put("ssl.keystore.password", "keystore-pass");
        settings.put("ssl.endpoint.identification.algorithm", "https");
        settings.put("claimwatch.topic.articles", "articles");
        return ClaimwatchConfig.of(settings);
    }

    private static final List<String> SECURITY_KEYS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.location", "ssl.truststore.password", "ssl.keystore.location", "ssl.keystore.password",
            "ssl.endpoint.identification.algorithm");

    @Test
    void everyPlainClientGetsTheSecuritySettingsWithTheSecretResolved() throws IOException {
        Properties client = secured().clientProperties();
        Properties withSerdes = new Properties();
        withSerdes.putAll(client);
        withSerdes.put("key.serializer", StringSerializer.class.getName());
        withSerdes.put("value.serializer", StringSerializer.class.getName());
        withSerdes.put("key.deserializer", StringDeserializer.class.getName());
        withSerdes.put("value.deserializer", StringDeserializer.class.getName());

        for (var parsed : List.of(new ProducerConfig(withSerdes), new ConsumerConfig(withSerdes), new AdminClientConfig(client))) {
            assertEquals("SASL_SSL", parsed.getString("security.protocol"));
            assertEquals("SCRAM-SHA-512", parsed.getString("sasl.mechanism"));
            assertTrue(parsed.getPassword("sasl.jaas.config").value().contains("password=\"" + SECRET + "\""),
                    "the ${file:...} secret is resolved by the client");
            assertEquals(SECRET, parsed.getPassword("ssl.truststore.password").value());
            assertEquals("/etc/claimwatch/keystore.jks", parsed.getString("ssl.keystore.location"));
            assertEquals("https", parsed.getString("ssl.endpoint.identification.algorithm"));
        }
        assertFalse(client.containsKey("claimwatch.topic.articles"), "claimwatch's own keys stay out of the clients");
    }

    @Test
    void kafkaStreamsPassesTheSecuritySettingsToEachOfItsClients() throws IOException {
        ClaimwatchConfig config = secured();
        StreamsConfig streams = new StreamsConfig(config.streamsProperties());
        List<Map<String, Object>> clients = List.of(
                streams.getMainConsumerConfigs("claimwatch", "claimwatch-StreamThread-1", 1),
                streams.getRestoreConsumerConfigs("claimwatch-restore"),
                streams.getGlobalConsumerConfigs("claimwatch-global"),
                streams.getProducerConfigs("claimwatch-producer"),
                streams.getAdminConfigs("claimwatch-admin"));
        for (Map<String, Object> client : clients) {
            for (String key : SECURITY_KEYS) {
                assertTrue(client.get(key) != null, key);
            }
            assertEquals("SASL_SSL", client.get("security.protocol"));
            assertEquals("/etc/claimwatch/keystore.jks", client.get("ssl.keystore.location"));
            // Kafka Streams resolves ${file:...} once and hands each client the secret itself
            assertTrue(String.valueOf(client.get("sasl.jaas.config")).contains("password=\"" + SECRET + "\""));
            assertEquals(SECRET, String.valueOf(client.get("ssl.truststore.password")));
        }
    }

    @Test
    void kafkaPrintsSecretsAsHidden() throws IOException {
        Properties client = secured().clientProperties();
        client.put("key.serializer", StringSerializer.class.getName());
        client.put("value.serializer", StringSerializer.class.getName());
        ProducerConfig parsed = new ProducerConfig(client);
        Password jaas = parsed.getPassword("sasl.jaas.config");
        assertEquals("[hidden]", jaas.toString());
        assertFalse(parsed.values().toString().contains(SECRET), "a client's settings as logged show no secret");
    }
}
