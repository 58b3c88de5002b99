package io.dts.web.load;

/** How many calls the light (one client, one call at a time) phase sent, and how long it took. */
record LightPhase(int sent, long nanos) {

    static final LightPhase NONE = new LightPhase(0, 0);
}
