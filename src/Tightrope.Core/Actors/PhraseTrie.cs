namespace Tightrope.Actors;

/// <summary>
/// A trie over vocabulary ids: each node may carry payload indexes. Walking it from a token gives every phrase
/// that starts there in one pass, so longest-match stays linear in the number of tokens.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<List<int>?> _payloads = [null];

    /// <summary>Number of nodes, root included.</summary>
    public int NodeCount => _payloads.Count;

    /// <summary>Adds a phrase (a sequence of word ids) with a payload.</summary>
    public void Add(ReadOnlySpan<int> words, int payload)
    {
        int node = 0;
        foreach (int word in words)
        {
            long key = Key(node, word);
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _payloads.Count;
                _payloads.Add(null);
                _edges.Add(key, child);
            }

            node = child;
        }

        (_payloads[node] ??= []).Add(payload);
    }

    /// <summary>The child of <paramref name="node"/> along <paramref name="word"/>, or -1.</summary>
    public int Child(int node, int word) => word == -1 ? -1 : _edges.TryGetValue(Key(node, word), out int child) ? child : -1;

    /// <summary>Payloads ending at <paramref name="node"/>, or null.</summary>
    public List<int>? Payloads(int node) => _payloads[node];

    private static long Key(int node, int word) => ((long)node << 32) | (uint)word;
}
