namespace Tightrope.Text;

/// <summary>
/// The interned words the engine knows (catalog names, lexicon lemmas, cue words), case-insensitive. Built once
/// by the pipeline builder, then read-only and safe to share between threads. Lookups take spans, so assigning
/// ids to tokens allocates nothing.
/// </summary>
internal sealed class Vocabulary
{
    private const int MaxWordLength = 48;
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _words = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _irregular;
    private bool _frozen;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var irregular = new Dictionary<string, string>(Lemmatizer.Irregular, StringComparer.OrdinalIgnoreCase);
        _irregular = irregular.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of known words.</summary>
    public int Count => _words.Count;

    /// <summary>Adds a word (any case) and returns its id; only before <see cref="Freeze"/>.</summary>
    public int Intern(string word)
    {
        if (_ids.TryGetValue(word, out int id))
        {
            return id;
        }

        if (_frozen)
        {
            throw new InvalidOperationException("The vocabulary is frozen.");
        }

        id = _words.Count;
        string lower = word.ToLowerInvariant();
        _words.Add(lower);
        _ids.Add(lower, id);
        return id;
    }

    private readonly HashSet<int> _commonMarks = [];
    private bool[] _common = [];

    /// <summary>
    /// Marks a known word as an ordinary one (a trigger, cue, agent or title word), whose capital in a title-case
    /// headline is no sign of a name; only before <see cref="Freeze"/>.
    /// </summary>
    public void MarkCommon(int id)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The vocabulary is frozen.");
        }

        _commonMarks.Add(id);
    }

    /// <summary>True for a word marked with <see cref="MarkCommon"/>.</summary>
    public bool IsCommon(int id) => (uint)id < (uint)_common.Length && _common[id];

    /// <summary>Stops further additions and precomputes the lemma of every known word.</summary>
    public void Freeze()
    {
        // Irregular forms become known words, so their lemma is precomputed below and unknown words never need the
        // irregular table.
        foreach (var (form, lemma) in Lemmatizer.Irregular)
        {
            Intern(form);
            Intern(lemma);
        }

        _frozen = true;
        _common = new bool[_words.Count];
        foreach (int id in _commonMarks)
        {
            _common[id] = true;
        }

        _lemmaOfKnown = new int[_words.Count];
        _irregularPast = new bool[_words.Count];
        for (int i = 0; i < _words.Count; i++)
        {
            int lemma = FindLemma(_words[i]);
            _lemmaOfKnown[i] = lemma >= 0 ? lemma : i;
            _irregularPast[i] = IsIrregularPast(_words[i]);
        }
    }

    private int[] _lemmaOfKnown = [];
    private bool[] _irregularPast = [];

    /// <summary>
    /// <see cref="IsIrregularPast(ReadOnlySpan{char})"/> by word id, after <see cref="Freeze"/>: an array read instead
    /// of a case-insensitive hash, for per-token checks.
    /// </summary>
    public bool IsIrregularPast(int wordId) => (uint)wordId < (uint)_irregularPast.Length && _irregularPast[wordId];

    /// <summary>The lemma id of a known word (itself when it is a lemma), after <see cref="Freeze"/>.</summary>
    public int LemmaOfKnown(int wordId) => wordId < _lemmaOfKnown.Length ? _lemmaOfKnown[wordId] : wordId;

    /// <summary>The id of a word, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out int id) ? id : -1;

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public string this[int id] => _words[id];

    /// <summary>The id of the lemma of <paramref name="surface"/> when the lemma is a known word, else -1.</summary>
    public int FindLemma(ReadOnlySpan<char> surface)
    {
        if (surface.Length > MaxWordLength || surface.Length == 0)
        {
            return -1;
        }

        if (_irregular.TryGetValue(surface, out var irregular))
        {
            return Find(irregular); // only reached while building: afterwards irregular forms are known words
        }

        Span<char> lower = stackalloc char[surface.Length];
        surface.ToLowerInvariant(lower);
        int len = lower.Length;
        if (len <= 3)
        {
            return -1;
        }

        Span<char> scratch = stackalloc char[len + 1];
        if (lower.EndsWith("ies") || lower.EndsWith("ied"))
        {
            lower[..(len - 3)].CopyTo(scratch);
            scratch[len - 3] = 'y';
            return FirstKnown(scratch[..(len - 2)], lower[..(len - 1)], default);
        }

        if (lower.EndsWith("ing") && len > 5)
        {
            var stem = lower[..(len - 3)];
            stem.CopyTo(scratch);
            scratch[stem.Length] = 'e';
            return FirstKnown(stem, scratch[..(stem.Length + 1)], Undoubled(stem));
        }

        if (lower.EndsWith("ed") && len > 4)
        {
            var stem = lower[..(len - 2)];
            return FirstKnown(stem, lower[..(len - 1)], Undoubled(stem));
        }

        if (lower.EndsWith("es"))
        {
            var stem = lower[..(len - 2)];
            bool sibilant = stem.EndsWith("s") || stem.EndsWith("x") || stem.EndsWith("z") || stem.EndsWith("ch") || stem.EndsWith("sh") || stem.EndsWith("o");
            return sibilant ? FirstKnown(stem, lower[..(len - 1)], default) : Find(lower[..(len - 1)]);
        }

        if (lower[len - 1] == 's' && lower[len - 2] != 's')
        {
            return Find(lower[..(len - 1)]);
        }

        return -1;
    }

    /// <summary>True when the word is an irregular inflected form ("struck", "held", "withdrawn").</summary>
    public bool IsIrregularForm(ReadOnlySpan<char> surface) => _irregular.ContainsKey(surface);

    /// <summary>True when the word is an irregular past-tense verb ("met", "struck", "threw"), not a noun-like form ("ground").</summary>
    public bool IsIrregularPast(ReadOnlySpan<char> surface) => _irregular.ContainsKey(surface) && !Lemmatizer.IsNominalForm(surface);

    private static ReadOnlySpan<char> Undoubled(ReadOnlySpan<char> stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] ? stem[..^1] : default;

    private int FirstKnown(ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c)
    {
        int id = Find(a);
        if (id >= 0)
        {
            return id;
        }

        id = Find(b);
        if (id >= 0 || c.IsEmpty)
        {
            return id;
        }

        return Find(c);
    }
}
