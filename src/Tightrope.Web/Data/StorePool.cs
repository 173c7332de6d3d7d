using System.Collections.Concurrent;
using Tightrope.Storage;

namespace Tightrope.Web.Data;

/// <summary>
/// Read-only connections to the store, one per concurrent request: a DuckDB connection is not thread-safe, but
/// connections to one database in one process share its cache, so a small pool serves parallel requests.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<DuckDbEventStore> _idle = [];
    private readonly string _path;

    /// <summary>A pool over the store at <paramref name="path"/>.</summary>
    public StorePool(string path)
    {
        _path = path;
    }

    /// <summary>The store file.</summary>
    public string Path => _path;

    /// <summary>Checks that the store opens; the problem otherwise.</summary>
    public StoreProblem? Check()
    {
        var (lease, problem) = Rent();
        lease?.Dispose();
        return problem;
    }

    /// <summary>A connection for one request; dispose the lease to give it back.</summary>
    public (StoreLease? Lease, StoreProblem? Problem) Rent()
    {
        if (_idle.TryTake(out var store))
        {
            return (new StoreLease(this, store), null);
        }

        var (opened, problem) = DuckDbEventStore.OpenReadOnly(_path);
        return opened is null ? (null, problem) : (new StoreLease(this, opened), null);
    }

    internal void Return(DuckDbEventStore store) => _idle.Add(store);

    /// <inheritdoc />
    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}

/// <summary>One request's use of a pooled store connection.</summary>
public sealed class StoreLease : IDisposable
{
    private readonly StorePool _pool;
    private bool _returned;

    internal StoreLease(StorePool pool, DuckDbEventStore store)
    {
        _pool = pool;
        Store = store;
    }

    /// <summary>The store.</summary>
    public DuckDbEventStore Store { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_returned)
        {
            _returned = true;
            _pool.Return(Store);
        }
    }
}
