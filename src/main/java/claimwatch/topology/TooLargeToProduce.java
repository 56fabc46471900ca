package claimwatch.topology;

import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * A record {@link SizeCheckedProducer} refused before sending it, for a size its topic or the
 * producer can never take: nothing reached Kafka's producer, so the transaction goes on.
 */
public final class TooLargeToProduce extends RecordTooLargeException {

    TooLargeToProduce(String message) {
        super(message);
    }
}
