package claimwatch.watch;

/** What a server said to ask with next time (ETag, Last-Modified), so an unchanged feed costs a 304. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
