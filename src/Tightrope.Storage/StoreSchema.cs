namespace Tightrope.Storage;

/// <summary>The store's tables (schema version <see cref="DuckDbEventStore.SchemaVersion"/>).</summary>
internal static class StoreSchema
{
    public static string Create => $"""
        CREATE TABLE documents (
          doc_id VARCHAR PRIMARY KEY,
          content_hash VARCHAR NOT NULL UNIQUE,
          source_id VARCHAR,
          url VARCHAR,
          title VARCHAR,
          source VARCHAR,
          story_date DATE,
          text VARCHAR,
          ingested_at TIMESTAMP,
          coder_version VARCHAR,
          status VARCHAR NOT NULL,
          error VARCHAR
        );
        CREATE TABLE events (
          {EventColumns.Definition()}
        );
        CREATE TABLE story_events (
          story_event_id BIGINT PRIMARY KEY,
          event_type VARCHAR, actor_key VARCHAR, recipient_key VARCHAR, modality VARCHAR,
          first_date DATE, last_date DATE, first_seen TIMESTAMP, last_seen TIMESTAMP,
          num_reports INTEGER, num_sources INTEGER, goldstein DOUBLE, quad_class INTEGER
        );
        CREATE TABLE story_event_reports (story_event_id BIGINT, event_id VARCHAR);
        """;

    /// <summary>
    /// Groups reports of one happening: same type, actor, recipient and modality, and event dates chained at most
    /// one day apart. Rebuilt whole after each ingest (cheap next to coding; simple to keep right).
    /// </summary>
    public const string RebuildStoryEvents = """
        DELETE FROM story_event_reports;
        DELETE FROM story_events;
        CREATE OR REPLACE TEMP TABLE story_groups AS
        WITH e AS (
          SELECT ev.event_id, ev.event_type, ev.actor_key, coalesce(ev.recipient_key, '') AS recipient_key, ev.modality,
                 ev.event_date, ev.goldstein, ev.quad_class, d.source, d.ingested_at
          FROM events ev JOIN documents d ON d.doc_id = ev.doc_id
          WHERE ev.actor_key IS NOT NULL AND ev.event_date IS NOT NULL
        ), marked AS (
          SELECT *, CASE WHEN date_diff('day', lag(event_date) OVER w, event_date) <= 1 THEN 0 ELSE 1 END AS starts
          FROM e WINDOW w AS (PARTITION BY event_type, actor_key, recipient_key, modality ORDER BY event_date, event_id)
        ), grouped AS (
          SELECT *, sum(starts) OVER (PARTITION BY event_type, actor_key, recipient_key, modality ORDER BY event_date, event_id
                                     ROWS UNBOUNDED PRECEDING) AS run
          FROM marked
        )
        SELECT dense_rank() OVER (ORDER BY event_type, actor_key, recipient_key, modality, run) AS story_event_id, *
        FROM grouped;
        INSERT INTO story_events
        SELECT story_event_id, any_value(event_type), any_value(actor_key), nullif(any_value(recipient_key), ''), any_value(modality),
               min(event_date), max(event_date), min(ingested_at), max(ingested_at), count(*), count(DISTINCT source),
               avg(goldstein), min(quad_class)
        FROM story_groups GROUP BY story_event_id;
        INSERT INTO story_event_reports SELECT story_event_id, event_id FROM story_groups;
        DROP TABLE story_groups;
        """;
}
