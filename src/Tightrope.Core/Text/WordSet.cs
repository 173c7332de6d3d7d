namespace Tightrope.Text;

/// <summary>
/// A fixed set of words held as a bitmap over vocabulary ids: membership of a token is one array read, which
/// matters because the clause and role analysis asks dozens of such questions per token.
/// </summary>
internal sealed class WordSet
{
    private bool[] _member = [];

    public WordSet(Vocabulary vocabulary, params string[] words)
    {
        foreach (var word in words)
        {
            int id = vocabulary.Intern(word);
            if (id >= _member.Length)
            {
                Array.Resize(ref _member, Math.Max(id + 1, _member.Length * 2));
            }

            _member[id] = true;
        }
    }

    /// <summary>True when the token's surface form is in the set.</summary>
    public bool Contains(in Token token) => (uint)token.WordId < (uint)_member.Length && _member[token.WordId];

    /// <summary>True when the token's lemma is in the set.</summary>
    public bool ContainsLemma(in Token token) => (uint)token.LemmaId < (uint)_member.Length && _member[token.LemmaId];
}
