namespace Tightrope.Text;

/// <summary>A fixed set of words, held as vocabulary ids so that membership tests on tokens cost one hash lookup.</summary>
internal sealed class WordSet
{
    private readonly HashSet<int> _ids = [];

    public WordSet(Vocabulary vocabulary, params string[] words)
    {
        foreach (var word in words)
        {
            _ids.Add(vocabulary.Intern(word));
        }
    }

    /// <summary>True when the token's surface form is in the set.</summary>
    public bool Contains(in Token token) => token.WordId >= 0 && _ids.Contains(token.WordId);

    /// <summary>True when the token's lemma is in the set.</summary>
    public bool ContainsLemma(in Token token) => token.LemmaId >= 0 && _ids.Contains(token.LemmaId);
}
