package claimwatch.serve;

/** A JSON body passed on as it came, such as another instance's answer to a forwarded request. */
record RawJson(String json) {
}
