package claimwatch.serve;

import claimwatch.topology.StoreNames;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.query.KeyQuery;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.StateQueryRequest;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code /health/live} and {@code /health/ready}, for orchestrators and load balancers.
 *
 * <p>Ready means this instance can answer the API now: Kafka Streams is {@code RUNNING}, the stores it
 * holds answer a query, and the broker answers. The broker is asked because Kafka Streams stays
 * {@code RUNNING} for as long as a session timeout while the cluster is gone, serving stale state
 * and forwarding to peers that may be gone too.
 */
final class HealthResource implements AutoCloseable {

    /** How long the broker has to answer a readiness probe: a probe waits at most this, plus the store query. */
    static final int BROKER_TIMEOUT_MS = 2_000;

    private final KafkaStreams streams;
    private final Admin admin;

    HealthResource(KafkaStreams streams, Properties clientProperties) {
        this.streams = streams;
        Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "claimwatch-health");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, BROKER_TIMEOUT_MS);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, BROKER_TIMEOUT_MS);
        this.admin = Admin.create(props);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, String streams) {
    }

    /** Live: the process answers HTTP. Restart it only when this fails, not when the broker is away. */
    static Health live() {
        return new Health("live", null);
    }

    /** Ready, or the first reason this instance is not (a 503 with it). */
    Health ready() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw notReady(state, "Kafka Streams is " + state + ", not RUNNING");
        }
        String stores = storesNotQueryable();
        if (stores != null) {
            throw notReady(state, stores);
        }
        String broker = brokerUnreachable();
        if (broker != null) {
            throw notReady(state, broker);
        }
        return new Health("ready", state.toString());
    }

    /** A key lookup in each local partition of the distinct-claims store, the one every claims query reads. */
    private String storesNotQueryable() {
        try {
            var result = streams.query(StateQueryRequest.inStore(StoreNames.DISTINCT_CLAIMS)
                    .withQuery(KeyQuery.<String, Object>withKey("")).requireActive());
            for (Map.Entry<Integer, QueryResult<Object>> e : result.getPartitionResults().entrySet()) {
                if (e.getValue().isFailure()) {
                    return "store " + StoreNames.DISTINCT_CLAIMS + " partition " + e.getKey() + " is not queryable ("
                            + e.getValue().getFailureReason() + ")";
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "stores are not queryable: " + e.getMessage();
        }
    }

    private String brokerUnreachable() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(BROKER_TIMEOUT_MS)).clusterId()
                    .get(BROKER_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return "the Kafka cluster does not answer: " + (e.getCause() == null ? e : e.getCause()).getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A 503 with {@code {"error": "not ready: reason"}}, as the API answers a store that is not queryable. */
    private static BadRequest notReady(KafkaStreams.State state, String reason) {
        return BadRequest.unavailable("not ready: " + reason);
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(1));
    }
}
