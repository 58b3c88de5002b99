package io.dts.persistence.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An entry of the event log: what happened, at which height, by whom, with its data as JSON. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @Column(name = "id", nullable = false)
    private long id;

    @Column(name = "height", nullable = false)
    private long height;

    @Column(name = "type", nullable = false)
    private String type;

    @Column(name = "actor")
    private String actor;

    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    protected Event() {
    }

    public Event(long id, long height, String type, String actor, String data, OffsetDateTime at) {
        this.id = id;
        this.height = height;
        this.type = type;
        this.actor = actor;
        this.data = data;
        this.at = at;
    }

    public long getId() {
        return id;
    }

    public long getHeight() {
        return height;
    }

    public void setHeight(long height) {
        this.height = height;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getData() {
        return data;
    }

    public void setData(String data) {
        this.data = data;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public void setAt(OffsetDateTime at) {
        this.at = at;
    }
}
