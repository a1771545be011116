package org.borderwatch.extract.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.Claim;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.frame.EventFrame;
import org.borderwatch.extract.layout.Paragraph;
import org.borderwatch.extract.layout.Sentence;
import org.borderwatch.extract.mention.SentenceMentions;
import org.borderwatch.extract.trigger.Trigger;

/**
 * What the stages know about one document so far: one typed slot per layer, each filled once by the
 * stage that adds it. Reading a slot that no stage has filled is a programming error and says so.
 */
public final class Annotation {
    private final Document document;
    private List<Paragraph> paragraphs;
    private List<Sentence> sentences;
    private List<SentenceMentions> mentions;
    private List<List<Trigger>> triggers;
    private List<EventFrame> frames;
    private Map<Integer, List<Claim>> claims;
    private List<Event> events;

    public Annotation(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.cleanText();
    }

    public List<Paragraph> paragraphs() {
        return require(paragraphs, Layer.SENTENCES);
    }

    public List<Sentence> sentences() {
        return require(sentences, Layer.SENTENCES);
    }

    public void setLayout(List<Paragraph> newParagraphs, List<Sentence> newSentences) {
        once(sentences, Layer.SENTENCES);
        paragraphs = List.copyOf(newParagraphs);
        sentences = List.copyOf(newSentences);
    }

    /** Mentions of sentence i are at index i. */
    public List<SentenceMentions> mentions() {
        return require(mentions, Layer.MENTIONS);
    }

    public void setMentions(List<SentenceMentions> value) {
        once(mentions, Layer.MENTIONS);
        mentions = List.copyOf(value);
    }

    /** Triggers of sentence i are at index i. */
    public List<List<Trigger>> triggers() {
        return require(triggers, Layer.TRIGGERS);
    }

    public void setTriggers(List<List<Trigger>> value) {
        once(triggers, Layer.TRIGGERS);
        triggers = value.stream().map(List::copyOf).toList();
    }

    public List<EventFrame> frames() {
        return require(frames, Layer.FRAMES);
    }

    public void setFrames(List<EventFrame> value) {
        once(frames, Layer.FRAMES);
        frames = List.copyOf(value);
    }

    /** Claims by sentence index; sentences without claims are absent. */
    public Map<Integer, List<Claim>> claims() {
        return require(claims, Layer.CLAIMS);
    }

    public void setClaims(Map<Integer, List<Claim>> value) {
        once(claims, Layer.CLAIMS);
        claims = Map.copyOf(value);
    }

    public List<Event> events() {
        return require(events, Layer.EVENTS);
    }

    public void setEvents(List<Event> value) {
        once(events, Layer.EVENTS);
        events = List.copyOf(value);
    }

    private static <T> T require(T value, Layer layer) {
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " has not been added yet");
        }
        return value;
    }

    private static void once(Object current, Layer layer) {
        if (current != null) {
            throw new IllegalStateException("layer " + layer + " was already added");
        }
    }
}
