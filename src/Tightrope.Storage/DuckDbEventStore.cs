using System.Data.Common;
using DuckDB.NET.Data;

namespace Tightrope.Storage;

/// <summary>
/// The embedded event store: one DuckDB file holding documents, events and story events. Writes go in batches,
/// one transaction each (documents and their events together), so an interrupted ingest leaves whole documents
/// or none, and re-running it adds exactly what is missing. Not thread-safe: one writer per store.
/// </summary>
public sealed class DuckDbEventStore : IEventStore
{
    /// <summary>The schema version this code reads and writes.</summary>
    public const int SchemaVersion = 1;

    private readonly DuckDBConnection _connection;

    private DuckDbEventStore(string path, DuckDBConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file (or <c>:memory:</c>).</summary>
    public string Path { get; }

    /// <summary>The open connection, for read-only queries by the analytics.</summary>
    public DbConnection Connection => _connection;

    /// <summary>A command over <see cref="Connection"/> with named parameters (null values sent as SQL NULL): the one way queries are built.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return cmd;
    }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/>.</summary>
    public static (DuckDbEventStore? Store, StoreProblem? Problem) Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path != ":memory:")
        {
            string? dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (dir is not null && !Directory.Exists(dir))
            {
                return (null, new StoreProblem(path, "the folder does not exist"));
            }
        }

        var connection = new DuckDBConnection($"DataSource={path}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            string message = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? "the database is in use by another process (close it, or use --db for another file)"
                : $"cannot open the database ({FirstLine(e.Message)})";
            return (null, new StoreProblem(path, message));
        }

        var store = new DuckDbEventStore(path, connection);

        // DuckDB caches up to 80% of RAM by default; a bounded cache keeps a long ingest's memory flat (it spills to
        // disk instead). TIGHTROPE_DB_MEMORY overrides it, e.g. "2GB".
        string limit = Environment.GetEnvironmentVariable("TIGHTROPE_DB_MEMORY") is { Length: > 0 } l && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') ? l : "512MB";
        store.Execute($"SET memory_limit = '{limit}'; SET preserve_insertion_order = false");
        var problem = store.EnsureSchema();
        if (problem is not null)
        {
            store.Dispose();
            return (null, problem);
        }

        return (store, null);
    }

    /// <summary>
    /// Opens an existing store for reading only (the web server): nothing is created, several readers may share the
    /// file, and a writer in another process is refused while it is open.
    /// </summary>
    public static (DuckDbEventStore? Store, StoreProblem? Problem) OpenReadOnly(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, new StoreProblem(path, "no such store (create one with tightrope demo or tightrope ingest)"));
        }

        var connection = new DuckDBConnection($"DataSource={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            string message = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? "the database is in use by another process (a writer holds it)"
                : $"cannot open the database ({FirstLine(e.Message)})";
            return (null, new StoreProblem(path, message));
        }

        var store = new DuckDbEventStore(path, connection);
        string? version;
        try
        {
            version = store.Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string;
        }
        catch (DuckDBException)
        {
            version = null;
        }

        if (version != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            store.Dispose();
            return (null, new StoreProblem(path, version is null ? "not a tightrope store" : $"schema version {version} is not supported by this tightrope (it reads version {SchemaVersion})"));
        }

        return (store, null);
    }

    private StoreProblem? EnsureSchema()
    {
        Execute("CREATE TABLE IF NOT EXISTS meta(key VARCHAR PRIMARY KEY, value VARCHAR)");
        string? version = Scalar("SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (version is null)
        {
            Execute(StoreSchema.Create);
            Execute($"INSERT INTO meta VALUES ('schema_version', '{SchemaVersion}')");
            return null;
        }

        return version == SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? null
            : new StoreProblem(Path, $"schema version {version} is not supported by this tightrope (it reads version {SchemaVersion})");
    }

    /// <inheritdoc />
    public WriteSummary Write(IReadOnlyList<StoredDocument> documents, DateTime ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var transaction = _connection.BeginTransaction();
        var present = ExistingHashes(documents.Select(d => d.ContentHash));
        int added = 0, skipped = 0, rejected = 0, events = 0;
        var seenInBatch = new HashSet<string>(StringComparer.Ordinal);
        using (var docs = _connection.CreateAppender("documents"))
        using (var rows = _connection.CreateAppender("events"))
        {
            foreach (var d in documents)
            {
                if (present.Contains(d.ContentHash) || !seenInBatch.Add(d.ContentHash))
                {
                    skipped++;
                    continue;
                }

                docs.CreateRow()
                    .AppendValue(d.DocId).AppendValue(d.ContentHash).AppendValue(d.SourceId).AppendValue(d.Url).AppendValue(d.Title).AppendValue(d.Source)
                    .AppendValue(d.StoryDate).AppendValue(d.Text).AppendValue((DateTime?)ingestedAt).AppendValue(d.Events.FirstOrDefault()?.CoderVersion)
                    .AppendValue(d.Status).AppendValue(d.Error)
                    .EndRow();
                if (d.Status == "coded")
                {
                    added++;
                }
                else
                {
                    rejected++;
                }

                foreach (var e in d.Events)
                {
                    var row = rows.CreateRow();
                    foreach (var column in EventColumns.All)
                    {
                        Append(row, column.Read(e));
                    }

                    row.EndRow();
                    events++;
                }
            }
        }

        transaction.Commit();
        return new WriteSummary(added, skipped, rejected, events);
    }

    /// <inheritdoc />
    public IReadOnlySet<string> ExistingHashes(IEnumerable<string> hashes)
    {
        var list = hashes.Distinct(StringComparer.Ordinal).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int offset = 0; offset < list.Count; offset += 500)
        {
            var chunk = list.Skip(offset).Take(500).ToList();
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT content_hash FROM documents WHERE content_hash IN ("
                + string.Join(',', chunk.Select((_, i) => $"${i + 1}")) + ")";
            foreach (var h in chunk)
            {
                cmd.Parameters.Add(new DuckDBParameter(h));
            }

            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }

    /// <inheritdoc />
    public void RebuildStoryEvents() => Execute(StoreSchema.RebuildStoryEvents);

    /// <inheritdoc />
    public StoreCounts Counts()
    {
        long Count(string sql) => Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);
        return new StoreCounts(
            Count("SELECT count(*) FROM documents WHERE status = 'coded'"),
            Count("SELECT count(*) FROM documents WHERE status <> 'coded'"),
            Count("SELECT count(*) FROM events"),
            Count("SELECT count(*) FROM story_events"));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    internal void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static void Append(IDuckDBAppenderRow row, object? value)
    {
        switch (value)
        {
            case null: row.AppendNullValue(); break;
            case string s: row.AppendValue(s); break;
            case int i: row.AppendValue((int?)i); break;
            case double d: row.AppendValue((double?)d); break;
            case bool b: row.AppendValue((bool?)b); break;
            case DateOnly date: row.AppendValue((DateOnly?)date); break;
            default: throw new InvalidOperationException($"no appender mapping for {value.GetType().Name}");
        }
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n');
        return (nl < 0 ? message : message[..nl]).Trim();
    }
}
